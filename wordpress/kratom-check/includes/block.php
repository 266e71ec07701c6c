<?php
/**
 * The block `kratom-check/self-check`: a dynamic block. Its saved content is
 * the block comment with this page's options and a static fallback with the
 * crisis numbers (plain <div>, <p>, <a href="tel:…">, which WordPress keeps for
 * every role); the widget's markup is printed by render_callback.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Option names and labels for the block's sidebar, and the fallback it saves:
 * all from the PHP tables, so the editor script states no rule of its own.
 */
function kratom_check_block_data() {
	$fields = array();
	foreach ( kratom_check_options() as $row ) {
		$fields[] = array(
			'name'    => $row['option'],
			'label'   => kratom_check_label( $row['key'] ),
			'help'    => kratom_check_plain( $row['accepts'] ),
			'choices' => kratom_check_choices( $row ),
		);
	}
	$fallback = array();
	foreach ( array_keys( kratom_check_fallback_words() ) as $lang ) {
		$fallback[ $lang ] = kratom_check_fallback_html( $lang, kratom_check_default( 'emergency_number' ), kratom_check_default( 'crisis_line' ) );
	}
	return array(
		'fields'   => $fields,
		'fallback' => $fallback,
		'panel'    => __( 'Options for this page', 'kratom-check' ),
		'hint'     => __( 'Empty: the clinic-wide setting (Settings → Kratom self-check).', 'kratom-check' ),
		'default'  => __( 'Clinic-wide setting', 'kratom-check' ),
	);
}

add_action(
	'init',
	function () {
		register_block_type(
			KRATOM_CHECK_DIR . '/block',
			array(
				'render_callback' => function ( $attributes ) {
					return kratom_check_render( $attributes, 'option', get_block_wrapper_attributes() );
				},
			)
		);
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_add_inline_script(
			'kratom-check-self-check-editor-script',
			'window.kratomCheckBlock = ' . wp_json_encode( kratom_check_block_data() ) . ';',
			'before'
		);
		// The preview is the real widget: the loader mounts the <kratom-check>
		// that the server-side render puts into the editor.
		wp_enqueue_script( 'kratom-check' );
	}
);
