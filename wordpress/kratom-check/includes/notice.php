<?php
/**
 * An admin notice (never a visitor message) when the widget's files cannot be
 * served: missing, or not the bytes this release's hashes name (then every
 * browser refuses them and visitors see only the fallback). On the plugin's
 * settings page it also asks the site for the wasm (a loopback HEAD request),
 * to check the server sends it, as application/wasm.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What is wrong with the files on disk, in words for the site's admin; '' when
 * nothing is.
 */
function kratom_check_files_problem() {
	$release = kratom_check_release();
	if ( '' === $release['version'] || ! $release['files'] ) {
		return __( 'This copy of the plugin has no widget files. Install the plugin from its release zip (kratom-check-wordpress-VERSION.zip) through Plugins → Add New → Upload Plugin.', 'kratom-check' );
	}
	$dir = KRATOM_CHECK_DIR . '/' . kratom_check_assets_dir();
	foreach ( $release['files'] as $file => $sri ) {
		$path  = $dir . '/' . $file;
		$shown = basename( KRATOM_CHECK_DIR ) . '/' . kratom_check_assets_dir() . '/' . $file;
		if ( ! is_readable( $path ) ) {
			/* translators: %s: a file path */
			return sprintf( __( 'The plugin\'s file %s is missing or cannot be read. Reinstall the plugin from its release zip.', 'kratom-check' ), $shown );
		}
		if ( 'sha384-' . base64_encode( hash_file( 'sha384', $path, true ) ) !== $sri ) {
			/* translators: %s: a file path */
			return sprintf( __( 'The plugin\'s file %s has changed since the release, so browsers will refuse it. Reinstall the plugin from its release zip.', 'kratom-check' ), $shown );
		}
	}
	return '';
}

/**
 * Asks the site for the wasm file as a browser would (HEAD): '' when it is
 * served as application/wasm.
 */
function kratom_check_served_problem() {
	$url      = kratom_check_asset_url( KRATOM_CHECK_WASM );
	$response = wp_remote_head( $url, array( 'timeout' => 5, 'redirection' => 0 ) );
	if ( is_wp_error( $response ) ) {
		/* translators: 1: URL, 2: error message */
		return sprintf( __( 'Could not check that the site serves %1$s: %2$s', 'kratom-check' ), $url, $response->get_error_message() );
	}
	$code = wp_remote_retrieve_response_code( $response );
	$type = (string) wp_remote_retrieve_header( $response, 'content-type' );
	if ( 200 !== $code ) {
		/* translators: 1: URL, 2: HTTP status code */
		return sprintf( __( 'The site answers %2$d for %1$s, so the widget cannot load. Check that the web server serves the plugin\'s folder.', 'kratom-check' ), $url, $code );
	}
	if ( 0 !== stripos( $type, 'application/wasm' ) ) {
		/* translators: 1: URL, 2: content type */
		return sprintf( __( 'The site serves %1$s as "%2$s", not application/wasm. The widget still loads, more slowly. Add "AddType application/wasm .wasm" to the server\'s configuration (the plugin\'s .htaccess does this on Apache when AllowOverride allows it).', 'kratom-check' ), $url, $type );
	}
	return '';
}

add_action(
	'admin_notices',
	function () {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$problem = kratom_check_files_problem();
		$screen  = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( '' === $problem && $screen && 'settings_page_kratom-check' === $screen->id ) {
			$problem = kratom_check_served_problem();
		}
		if ( '' !== $problem ) {
			printf(
				'<div class="notice notice-error" id="kratom-check-files-notice"><p><strong>%1$s</strong> %2$s</p></div>',
				esc_html__( 'Kratom self-check: visitors see only the fallback text.', 'kratom-check' ),
				esc_html( $problem )
			);
		}
	}
);
