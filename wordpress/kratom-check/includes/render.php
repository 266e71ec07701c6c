<?php
/**
 * The markup the block and the shortcode print: a block-level wrapper (the
 * theme's content column sizes it, so the fallback fits the column with
 * JavaScript off), the `<kratom-check>` element with the clinic-wide settings
 * and this page's options as `data-` attributes, and the fallback inside.
 * Printed by the plugin at view time, so the post's saved content never needs
 * tags or attributes that WordPress's filters strip for Authors.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The saved clinic-wide settings, by key, re-checked (a value saved by an
 * older release that the rules now refuse is left out).
 *
 * @return array<string, string>
 */
function kratom_check_settings() {
	$saved = get_option( 'kratom_check_settings', array() );
	return kratom_check_validate( is_array( $saved ) ? $saved : array() )['values'];
}

/**
 * The widget's language when no option names one: the site's language if the
 * widget has it, else English (the widget does the same with `<html lang>`).
 */
function kratom_check_default_lang() {
	$settings = kratom_check_settings();
	$lang     = isset( $settings['lang'] ) ? $settings['lang'] : get_bloginfo( 'language' );
	$prefix   = strtolower( preg_split( '/[-_]/', (string) $lang )[0] );
	return in_array( $prefix, array( 'en', 'es' ), true ) ? $prefix : 'en';
}

/**
 * The widget's default for an option (the options table's), or ''.
 *
 * @param string $key A setting key.
 */
function kratom_check_default( $key ) {
	foreach ( kratom_check_options() as $row ) {
		if ( $row['key'] === $key ) {
			return (string) $row['default'];
		}
	}
	return '';
}

/**
 * Is this render the block editor's preview (ServerSideRender asks the
 * block-renderer REST route), for someone who can edit?
 */
function kratom_check_is_editor_preview() {
	$uri = isset( $_SERVER['REQUEST_URI'] ) ? rawurldecode( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- only compared.
	return defined( 'REST_REQUEST' ) && REST_REQUEST && false !== strpos( $uri, '/block-renderer/kratom-check/' ) && current_user_can( 'edit_posts' );
}

/**
 * The widget's markup for one place on a page.
 *
 * @param array  $page_values This page's options (block attributes or shortcode attributes).
 * @param string $name_of     'option' for block attributes, 'key' for shortcode attributes.
 * @param string $wrapper     The wrapper's attributes (already escaped), e.g. from get_block_wrapper_attributes().
 */
function kratom_check_render( array $page_values, $name_of, $wrapper = 'class="kratom-check-embed"' ) {
	$page    = kratom_check_validate( $page_values, $name_of );
	$values  = array_merge( kratom_check_settings(), $page['values'] );
	$preview = kratom_check_is_editor_preview();
	if ( $preview ) {
		// The editor's preview must not leave the editor on Escape-Escape; it
		// is inert (see block/editor.css), a picture of the widget.
		$values['quick_exit_keys'] = 'off';
	}
	wp_enqueue_script( 'kratom-check' );

	$attrs = '';
	foreach ( kratom_check_options() as $row ) {
		if ( isset( $values[ $row['key'] ] ) ) {
			$attrs .= ' ' . $row['attribute'] . '="' . esc_attr( $values[ $row['key'] ] ) . '"';
		}
	}
	$lang      = isset( $values['lang'] ) ? strtolower( preg_split( '/[-_]/', $values['lang'] )[0] ) : kratom_check_default_lang();
	$emergency = isset( $values['emergency_number'] ) ? $values['emergency_number'] : kratom_check_default( 'emergency_number' );
	$crisis    = isset( $values['crisis_line'] ) ? $values['crisis_line'] : kratom_check_default( 'crisis_line' );

	$html = '<div ' . $wrapper . '>';
	if ( $preview && $page['refused'] ) {
		$html .= kratom_check_refused_notice( $page['refused'], $name_of );
	}
	$html .= '<kratom-check' . $attrs . ( $preview ? ' inert' : '' ) . '><div class="kc-fallback">'
		. kratom_check_fallback_html( $lang, $emergency, $crisis ) . '</div></kratom-check></div>';
	return $html;
}

/**
 * For the editor's preview only (never visitors): the page options the widget
 * would ignore, with its reasons.
 *
 * @param array  $refused From kratom_check_validate().
 * @param string $name_of Which name the author used.
 */
function kratom_check_refused_notice( array $refused, $name_of ) {
	$items = '';
	foreach ( $refused as $r ) {
		$items .= '<li>' . esc_html(
			sprintf(
				/* translators: 1: option name, 2: the value given, 3: the reason */
				__( '%1$s "%2$s" is ignored: %3$s.', 'kratom-check' ),
				kratom_check_label( $r['row']['key'] ),
				$r['given'],
				$r['why']
			)
		) . '</li>';
	}
	return '<div class="kratom-check-refused" role="status"><p>' . esc_html__( 'This page uses the clinic-wide setting instead of:', 'kratom-check' ) . '</p><ul>' . $items . '</ul></div>';
}
