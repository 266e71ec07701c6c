<?php
/**
 * `[kratom_check clinic_name="…" phone="…" …]`: the attributes are the
 * settings' names (includes/options.php), for the classic editor and page
 * builders. Values the widget would refuse are left out (the clinic-wide
 * setting is used), as the widget itself would.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_shortcode(
	'kratom_check',
	function ( $atts ) {
		return kratom_check_render( is_array( $atts ) ? $atts : array(), 'key' );
	}
);
