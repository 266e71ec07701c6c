<?php
/**
 * The widget's options as data: one row per option, the same rules the widget
 * applies (src/embed/attrs.rs). The settings page, the shortcode and the block
 * all validate through this table and includes/validate.php, which has one
 * function per check kind.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every option, in the order the widget validates them. Keys: `key` (the
 * setting and the shortcode attribute), `option` (the block attribute and the
 * `KratomCheck.mount` option), `attribute` (the element's attribute), `kind`
 * and its arguments, `why` (the widget's words for a refused value, keyed by
 * the failed check), `accepts` (what the README's table says).
 *
 * @return array<int, array<string, mixed>>
 */
function kratom_check_options() {
	return array(
		array(
			'key'       => 'clinic_name',
			'option'    => 'clinicName',
			'attribute' => 'data-clinic-name',
			'kind'      => 'text',
			'max'       => 80,
			'why'       => array(
				'long'    => 'longer than 80 characters',
				'control' => 'control characters',
			),
			'accepts'   => 'text, up to 80 characters',
		),
		array(
			'key'        => 'phone',
			'option'     => 'phone',
			'attribute'  => 'data-phone',
			'kind'       => 'phone',
			'max'        => 30,
			'min_digits' => 3,
			'why'        => array( 'bad' => 'only digits, spaces and + - ( ) are allowed' ),
			'accepts'    => 'digits, spaces, + - ( ), at least 3 digits, up to 30 characters',
		),
		array(
			'key'       => 'contact_url',
			'option'    => 'contactUrl',
			'attribute' => 'data-contact-url',
			'kind'      => 'https_url',
			'max'       => 2000,
			'why'       => array( 'bad' => 'not an https URL' ),
			'accepts'   => 'an https:// URL',
		),
		array(
			'key'       => 'lang',
			'option'    => 'lang',
			'attribute' => 'data-lang',
			'kind'      => 'lang',
			'values'    => array( 'en', 'es' ),
			'why'       => array( 'bad' => 'supported: en, es' ),
			'accepts'   => 'en, es (region variants like es-MX accepted)',
		),
		array(
			'key'       => 'emergency_number',
			'option'    => 'emergencyNumber',
			'attribute' => 'data-emergency-number',
			'kind'      => 'digits',
			'min'       => 2,
			'max'       => 6,
			'default'   => '911',
			'why'       => array( 'bad' => '2 to 6 digits expected' ),
			'accepts'   => '2 to 6 digits',
		),
		array(
			'key'       => 'crisis_line',
			'option'    => 'crisisLine',
			'attribute' => 'data-crisis-line',
			'kind'      => 'digits',
			'min'       => 2,
			'max'       => 11,
			'default'   => '988',
			'why'       => array( 'bad' => '2 to 11 digits expected' ),
			'accepts'   => '2 to 11 digits',
		),
		array(
			'key'          => 'accent',
			'option'       => 'accent',
			'attribute'    => 'data-accent',
			'kind'         => 'accent',
			'min_contrast' => 4.5,
			'why'          => array(
				'bad'      => 'use #rgb or #rrggbb',
				'contrast' => 'contrast against white is below 4.5:1',
			),
			'accepts'      => '#rgb or #rrggbb with contrast of at least 4.5:1 against white',
		),
		array(
			'key'       => 'exit_url',
			'option'    => 'exitUrl',
			'attribute' => 'data-exit-url',
			'kind'      => 'https_url',
			'max'       => 2000,
			'why'       => array( 'bad' => 'not an https URL' ),
			'accepts'   => 'an https:// URL for the quick-exit button',
		),
		array(
			'key'       => 'theme',
			'option'    => 'theme',
			'attribute' => 'data-theme',
			'kind'      => 'choice',
			'values'    => array( 'auto', 'light', 'dark' ),
			'why'       => array( 'bad' => 'use auto, light or dark' ),
			'accepts'   => 'auto, light, dark',
		),
		array(
			'key'       => 'quick_exit_keys',
			'option'    => 'quickExitKeys',
			'attribute' => 'data-quick-exit-keys',
			'kind'      => 'choice',
			'values'    => array( 'on', 'off' ),
			'why'       => array( 'bad' => 'use on or off' ),
			'accepts'   => 'on, off (the Escape-twice shortcut for quick exit)',
		),
	);
}
