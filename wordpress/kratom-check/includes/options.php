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
			'option' => 'clinicName',
			'attribute' => 'data-clinic-name',
			'accepts' => 'text, up to 80 characters, without control or text-direction characters',
			'default' => null,
			'default_text' => 'none',
			'check' => array(
				'kind' => 'text',
				'max_chars' => 80,
				'refuses_control_characters' => true,
				'refuses_bidi_controls' => array(
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
			),
			'on_invalid' => 'no clinic name',
			'fallback_tel' => false,
		),
		array(
			'key' => 'phone',
			'option' => 'phone',
			'attribute' => 'data-phone',
			'accepts' => 'digits, spaces, `+ - ( )`, at least 3 digits, up to 30 characters',
			'default' => null,
			'default_text' => 'none',
			'check' => array(
				'kind' => 'phone',
				'chars' => '0-9 and space + - ( )',
				'min_digits' => 3,
				'max_chars' => 30,
			),
			'on_invalid' => 'no phone number',
			'fallback_tel' => false,
		),
		array(
			'key' => 'contact_url',
			'option' => 'contactUrl',
			'attribute' => 'data-contact-url',
			'accepts' => 'an `https://` URL (see below)',
			'default' => null,
			'default_text' => 'none',
			'check' => array(
				'kind' => 'https_url',
				'max_chars' => 2000,
				'refuses' => 'whitespace, control characters, " \' < > \\ `, credentials, an empty host',
				'then' => 'the browser\'s URL parser (new URL) must give protocol https:, a host and no credentials; its href is used',
			),
			'on_invalid' => 'no contact link',
			'fallback_tel' => false,
		),
		array(
			'key' => 'lang',
			'option' => 'lang',
			'attribute' => 'data-lang',
			'accepts' => '`en`, `es` (region variants like `es-MX` accepted)',
			'default' => 'en',
			'default_text' => 'the page\'s `<html lang>` if the widget has it, else `en`',
			'check' => array(
				'kind' => 'lang',
				'codes' => array(
					'en',
					'es',
				),
				'region_variants' => 'a code, then - or _ and anything: es-MX, en_US',
			),
			'on_invalid' => 'the page\'s language, else en',
			'fallback_tel' => false,
		),
		array(
			'key' => 'emergency_number',
			'option' => 'emergencyNumber',
			'attribute' => 'data-emergency-number',
			'accepts' => '2–6 digits',
			'default' => '911',
			'default_text' => '`911`',
			'check' => array(
				'kind' => 'digits',
				'min' => 2,
				'max' => 6,
				'pattern' => '^[0-9]{2,6}$',
			),
			'on_invalid' => '911',
			'fallback_tel' => true,
		),
		array(
			'key' => 'crisis_line',
			'option' => 'crisisLine',
			'attribute' => 'data-crisis-line',
			'accepts' => '2–11 digits',
			'default' => '988',
			'default_text' => '`988`',
			'check' => array(
				'kind' => 'digits',
				'min' => 2,
				'max' => 11,
				'pattern' => '^[0-9]{2,11}$',
			),
			'on_invalid' => '988',
			'fallback_tel' => true,
		),
		array(
			'key' => 'crisis_text',
			'option' => 'crisisText',
			'attribute' => 'data-crisis-text',
			'accepts' => '2–11 digits: where texts to the crisis line go',
			'default' => null,
			'default_text' => 'a text link only for 988 (`sms:988`)',
			'check' => array(
				'kind' => 'digits',
				'min' => 2,
				'max' => 11,
				'pattern' => '^[0-9]{2,11}$',
			),
			'on_invalid' => 'no text link',
			'fallback_tel' => false,
		),
		array(
			'key' => 'helpline',
			'option' => 'helpline',
			'attribute' => 'data-helpline',
			'accepts' => 'digits, spaces, `+ - ( )`, at least 3 digits, up to 30 characters: a substance use helpline, shown under a neutral name; an invalid value leaves the line out',
			'default' => null,
			'default_text' => 'SAMHSA\'s National Helpline, only with 911 and 988',
			'check' => array(
				'kind' => 'phone',
				'chars' => '0-9 and space + - ( )',
				'min_digits' => 3,
				'max_chars' => 30,
			),
			'on_invalid' => 'no helpline',
			'fallback_tel' => false,
		),
		array(
			'key' => 'poison_line',
			'option' => 'poisonLine',
			'attribute' => 'data-poison-line',
			'accepts' => 'digits, spaces, `+ - ( )`, at least 3 digits, up to 30 characters: a poison help line, shown under a neutral name; an invalid value leaves the line out',
			'default' => null,
			'default_text' => 'Poison Help (1-800-222-1222), only with 911 and 988',
			'check' => array(
				'kind' => 'phone',
				'chars' => '0-9 and space + - ( )',
				'min_digits' => 3,
				'max_chars' => 30,
			),
			'on_invalid' => 'no poison line',
			'fallback_tel' => false,
		),
		array(
			'key' => 'accent',
			'option' => 'accent',
			'attribute' => 'data-accent',
			'accepts' => '`#rgb` or `#rrggbb` with contrast ≥ 4.5:1 against white',
			'default' => null,
			'default_text' => 'the built-in accent',
			'check' => array(
				'kind' => 'hex_colour',
				'pattern' => '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
				'min_contrast_with_white' => 4.5,
			),
			'on_invalid' => 'the built-in accent',
			'fallback_tel' => false,
		),
		array(
			'key' => 'exit_url',
			'option' => 'exitUrl',
			'attribute' => 'data-exit-url',
			'accepts' => 'an `https://` URL (see below) for the quick-exit button',
			'default' => 'https://www.google.com/',
			'default_text' => '`https://www.google.com/`',
			'check' => array(
				'kind' => 'https_url',
				'max_chars' => 2000,
				'refuses' => 'whitespace, control characters, " \' < > \\ `, credentials, an empty host',
				'then' => 'the browser\'s URL parser (new URL) must give protocol https:, a host and no credentials; its href is used',
			),
			'on_invalid' => 'https://www.google.com/',
			'fallback_tel' => false,
		),
		array(
			'key' => 'theme',
			'option' => 'theme',
			'attribute' => 'data-theme',
			'accepts' => '`auto`, `light`, `dark` (`auto` follows `prefers-color-scheme`)',
			'default' => 'auto',
			'default_text' => '`auto`',
			'check' => array(
				'kind' => 'one_of',
				'values' => array(
					'auto',
					'light',
					'dark',
				),
				'case' => 'any',
			),
			'on_invalid' => 'auto',
			'fallback_tel' => false,
		),
		array(
			'key' => 'quick_exit_keys',
			'option' => 'quickExitKeys',
			'attribute' => 'data-quick-exit-keys',
			'accepts' => '`on`, `off`: the keyboard shortcut for quick exit (Escape twice); the button is always there',
			'default' => 'on',
			'default_text' => '`on`',
			'check' => array(
				'kind' => 'one_of',
				'values' => array(
					'on',
					'off',
				),
				'case' => 'any',
			),
			'on_invalid' => 'on',
			'fallback_tel' => false,
		),
		array(
			'key' => 'handoff',
			'option' => 'handoff',
			'attribute' => 'data-handoff',
			'accepts' => '`self`, `everyone`, `off`: who is offered "Show a code for your clinic" (`docs/handoff-code.md`): `self` only someone answering about their own use, `everyone` also about someone else, `off` nobody',
			'default' => 'self',
			'default_text' => '`self`',
			'check' => array(
				'kind' => 'one_of',
				'values' => array(
					'self',
					'everyone',
					'off',
				),
				'case' => 'any',
			),
			'on_invalid' => 'self',
			'fallback_tel' => false,
		),
	);
}
