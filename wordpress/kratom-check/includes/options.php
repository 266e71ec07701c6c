<?php
/**
 * The widget's embed options as data, one row per option: written by `cargo xtask dist`
 * (xtask/src/wordpress.rs) from docs/embed-options.json, which examples/options.rs writes
 * from the widget's one options table (src/options.rs). Do not edit; a test checks it is current.
 * includes/validate.php runs each row's `check` (one function per kind).
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every option, in the order the widget checks them.
 *
 * @return array<int, array<string, mixed>>
 */
function kratom_check_options() {
	return array(
		array(
			'key' => 'clinic_name',
			'accepts' => 'text, up to 80 characters, without control or text-direction characters',
			'attribute' => 'data-clinic-name',
			'check' => array(
				'kind' => 'text',
				'max_chars' => 80,
				'refuses' => array(
					'bidi_controls' => array(
						'U+061C',
						'U+200E',
						'U+200F',
						'U+202A',
						'U+202B',
						'U+202C',
						'U+202D',
						'U+202E',
						'U+2066',
						'U+2067',
						'U+2068',
						'U+2069',
					),
					'control' => true,
				),
			),
			'default' => null,
			'default_text' => 'none',
			'fallback_tel' => false,
			'on_invalid' => 'no clinic name',
			'option' => 'clinicName',
		),
		array(
			'key' => 'phone',
			'accepts' => 'digits, spaces, `+ - ( )`, at least 3 digits, up to 30 characters',
			'attribute' => 'data-phone',
			'check' => array(
				'chars' => '0-9 and space + - ( )',
				'kind' => 'phone',
				'max_chars' => 30,
				'min_digits' => 3,
			),
			'default' => null,
			'default_text' => 'none',
			'fallback_tel' => false,
			'on_invalid' => 'no phone number',
			'option' => 'phone',
		),
		array(
			'key' => 'contact_url',
			'accepts' => 'an `https://` URL (see below)',
			'attribute' => 'data-contact-url',
			'check' => array(
				'kind' => 'https_url',
				'max_chars' => 2000,
				'refuses' => 'whitespace, control characters, " \' < > \\ `, credentials, an empty host',
				'then' => 'the browser\'s URL parser (new URL) must give protocol https:, a host and no credentials; its href is used',
			),
			'default' => null,
			'default_text' => 'none',
			'fallback_tel' => false,
			'on_invalid' => 'no contact link',
			'option' => 'contactUrl',
		),
		array(
			'key' => 'lang',
			'accepts' => '`en`, `es` (region variants like `es-MX` accepted)',
			'attribute' => 'data-lang',
			'check' => array(
				'codes' => array(
					'en',
					'es',
				),
				'kind' => 'lang',
				'region_variants' => 'a code, then - or _ and anything: es-MX, en_US',
			),
			'default' => 'en',
			'default_text' => 'the page\'s `<html lang>` if the widget has it, else `en`',
			'fallback_tel' => false,
			'on_invalid' => 'the page\'s language, else en',
			'option' => 'lang',
		),
		array(
			'key' => 'emergency_number',
			'accepts' => '2–6 digits',
			'attribute' => 'data-emergency-number',
			'check' => array(
				'kind' => 'digits',
				'pattern' => '^[0-9]{2,6}$',
				'min' => 2,
				'max' => 6,
			),
			'default' => '911',
			'default_text' => '`911`',
			'fallback_tel' => true,
			'on_invalid' => '911',
			'option' => 'emergencyNumber',
		),
		array(
			'key' => 'crisis_line',
			'accepts' => '2–11 digits',
			'attribute' => 'data-crisis-line',
			'check' => array(
				'kind' => 'digits',
				'pattern' => '^[0-9]{2,11}$',
				'min' => 2,
				'max' => 11,
			),
			'default' => '988',
			'default_text' => '`988`',
			'fallback_tel' => true,
			'on_invalid' => '988',
			'option' => 'crisisLine',
		),
		array(
			'key' => 'accent',
			'accepts' => '`#rgb` or `#rrggbb` with contrast ≥ 4.5:1 against white',
			'attribute' => 'data-accent',
			'check' => array(
				'kind' => 'hex_colour',
				'min_contrast_with_white' => 4.5,
				'pattern' => '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
			),
			'default' => null,
			'default_text' => 'the built-in accent',
			'fallback_tel' => false,
			'on_invalid' => 'the built-in accent',
			'option' => 'accent',
		),
		array(
			'key' => 'exit_url',
			'accepts' => 'an `https://` URL (see below) for the quick-exit button',
			'attribute' => 'data-exit-url',
			'check' => array(
				'kind' => 'https_url',
				'max_chars' => 2000,
				'refuses' => 'whitespace, control characters, " \' < > \\ `, credentials, an empty host',
				'then' => 'the browser\'s URL parser (new URL) must give protocol https:, a host and no credentials; its href is used',
			),
			'default' => 'https://www.google.com/',
			'default_text' => '`https://www.google.com/`',
			'fallback_tel' => false,
			'on_invalid' => 'https://www.google.com/',
			'option' => 'exitUrl',
		),
		array(
			'key' => 'theme',
			'accepts' => '`auto`, `light`, `dark` (`auto` follows `prefers-color-scheme`)',
			'attribute' => 'data-theme',
			'check' => array(
				'case' => 'any',
				'kind' => 'one_of',
				'values' => array(
					'auto',
					'light',
					'dark',
				),
			),
			'default' => 'auto',
			'default_text' => '`auto`',
			'fallback_tel' => false,
			'on_invalid' => 'auto',
			'option' => 'theme',
		),
		array(
			'key' => 'quick_exit_keys',
			'accepts' => '`on`, `off`: the keyboard shortcut for quick exit (Escape twice); the button is always there',
			'attribute' => 'data-quick-exit-keys',
			'check' => array(
				'case' => 'any',
				'kind' => 'one_of',
				'values' => array(
					'on',
					'off',
				),
			),
			'default' => 'on',
			'default_text' => '`on`',
			'fallback_tel' => false,
			'on_invalid' => 'on',
			'option' => 'quickExitKeys',
		),
	);
}
