<?php
/**
 * The widget's files: their URLs (in a folder named after the release, so an
 * update changes every URL and hash at once and no cache mixes releases), the
 * script tag with `integrity` and `crossorigin`, and the preloads, only on
 * pages that show the widget.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const KRATOM_CHECK_LOADER = 'kratom-check.js';
const KRATOM_CHECK_WASM   = 'kratom-check_bg.wasm';

/**
 * The release's folder under the plugin, e.g. `assets/1.2.3`.
 */
function kratom_check_assets_dir() {
	$release = kratom_check_release();
	return 'assets/' . $release['version'];
}

/**
 * The public URL of one of the release's files.
 *
 * @param string $file A file name of the release.
 */
function kratom_check_asset_url( $file ) {
	return plugins_url( kratom_check_assets_dir() . '/' . $file, KRATOM_CHECK_FILE );
}

/**
 * The `sha384-…` of a release file, or ''.
 *
 * @param string $file A file name of the release.
 */
function kratom_check_sri( $file ) {
	$release = kratom_check_release();
	return isset( $release['files'][ $file ] ) ? $release['files'][ $file ] : '';
}

/** The language pack's file name for a language code. */
function kratom_check_pack_name( $lang ) {
	return 'kratom-check.' . $lang . '.pack';
}

add_action(
	'init',
	function () {
		if ( '' === kratom_check_sri( KRATOM_CHECK_LOADER ) ) {
			return;
		}
		// No version query: the folder is the version. In the head where the
		// theme still allows it (block themes render content before wp_head).
		wp_register_script( 'kratom-check', kratom_check_asset_url( KRATOM_CHECK_LOADER ), array(), null, false );
	}
);

/**
 * The loader's tag as the README's snippet has it: integrity, crossorigin,
 * fetchpriority, defer. WordPress 6.1 prints none of these itself.
 */
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'kratom-check' !== $handle ) {
			return $tag;
		}
		return sprintf(
			'<script src="%1$s" integrity="%2$s" crossorigin="anonymous" fetchpriority="high" defer></script>' . "\n",
			esc_url( $src ),
			esc_attr( kratom_check_sri( KRATOM_CHECK_LOADER ) )
		);
	},
	10,
	3
);

/**
 * Does the page being shown hold the block or the shortcode?
 */
function kratom_check_page_uses() {
	if ( ! is_singular() ) {
		return false;
	}
	$post = get_post();
	return $post && ( has_block( 'kratom-check/self-check', $post ) || has_shortcode( $post->post_content, 'kratom_check' ) );
}

add_action(
	'wp_enqueue_scripts',
	function () {
		if ( kratom_check_page_uses() ) {
			wp_enqueue_script( 'kratom-check' );
		}
	}
);

/**
 * The preloads (wasm and the page's language pack), first thing in <head>, on
 * pages that use the widget. Each with the same crossorigin and integrity as
 * the loader's own request, so the browser reuses the preloaded copy.
 */
add_action(
	'wp_head',
	function () {
		if ( ! kratom_check_page_uses() || '' === kratom_check_sri( KRATOM_CHECK_WASM ) ) {
			return;
		}
		$pack = kratom_check_pack_name( kratom_check_default_lang() );
		foreach ( array( KRATOM_CHECK_WASM, $pack ) as $file ) {
			if ( '' !== kratom_check_sri( $file ) ) {
				printf(
					'<link rel="preload" href="%1$s" as="fetch" crossorigin="anonymous" integrity="%2$s">' . "\n",
					esc_url( kratom_check_asset_url( $file ) ),
					esc_attr( kratom_check_sri( $file ) )
				);
			}
		}
	},
	1
);
