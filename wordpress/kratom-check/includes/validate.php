<?php
/**
 * One check per kind of option, run on the rows of includes/options.php (the
 * widget's one options table, as data). The refusals use the widget's own
 * words (src/embed/attrs.rs), so the settings page and the editor say what
 * the widget's console warning would. Each check returns
 * `array( 'ok' => bool, 'value' => string, 'why' => string )`: the value the
 * widget would use, or why it refuses. An empty value means "not set".
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Checks one value against its option's row.
 *
 * @param array $row   A row of kratom_check_options().
 * @param mixed $value The value as given (from a form, a shortcode or a block: anything).
 * @return array{ok: bool, value: string, why: string}
 */
function kratom_check_validate_one( array $row, $value ) {
	$check = $row['check'];
	if ( ! is_string( $value ) && ! is_int( $value ) ) {
		return kratom_check_refused( 'not text' );
	}
	$v = (string) $value;
	if ( ! preg_match( '//u', $v ) ) {
		return kratom_check_refused( 'not UTF-8 text' );
	}
	// Trimmed as the widget trims: Unicode White_Space.
	$v = preg_replace( '/^[\s\p{Z}\x{85}]+|[\s\p{Z}\x{85}]+$/u', '', $v );
	if ( '' === $v ) {
		return array( 'ok' => true, 'value' => '', 'why' => '' );
	}
	$checks = array(
		'text'       => 'kratom_check_text',
		'phone'      => 'kratom_check_phone',
		'https_url'  => 'kratom_check_https_url',
		'lang'       => 'kratom_check_lang',
		'digits'     => 'kratom_check_digits',
		'hex_colour' => 'kratom_check_hex_colour_check',
		'one_of'     => 'kratom_check_one_of',
	);
	if ( ! isset( $checks[ $check['kind'] ] ) ) {
		return kratom_check_refused( 'unknown check' );
	}
	return call_user_func( $checks[ $check['kind'] ], $check, $v );
}

/**
 * An accepted value.
 *
 * @param string $v The value the widget would use.
 */
function kratom_check_accepted( $v ) {
	return array( 'ok' => true, 'value' => $v, 'why' => '' );
}

/**
 * A refusal, with the widget's reason.
 *
 * @param string $why The reason.
 */
function kratom_check_refused( $why ) {
	return array( 'ok' => false, 'value' => '', 'why' => $why );
}

/** Text: at most max_chars characters, no control or text-direction characters. */
function kratom_check_text( array $c, $v ) {
	if ( mb_strlen( $v, 'UTF-8' ) > $c['max_chars'] ) {
		return kratom_check_refused( 'longer than ' . $c['max_chars'] . ' characters' );
	}
	$bidi = '';
	foreach ( $c['refuses_bidi_controls'] as $point ) {
		$bidi .= '\x{' . substr( $point, 2 ) . '}';
	}
	if ( preg_match( '/[\p{Cc}' . $bidi . ']/u', $v ) ) {
		return kratom_check_refused( 'control characters' );
	}
	return kratom_check_accepted( $v );
}

/** A phone number: digits, spaces and + - ( ), at least min_digits digits. */
function kratom_check_phone( array $c, $v ) {
	if ( strlen( $v ) > $c['max_chars'] || preg_match_all( '/[0-9]/', $v ) < $c['min_digits'] || ! preg_match( '/^[0-9 +\-()]+$/', $v ) ) {
		return kratom_check_refused( 'only digits, spaces and + - ( ) are allowed' );
	}
	return kratom_check_accepted( $v );
}

/** Only digits, min to max of them (the table's pattern). */
function kratom_check_digits( array $c, $v ) {
	if ( ! preg_match( '/' . $c['pattern'] . '/D', $v ) ) {
		return kratom_check_refused( $c['min'] . ' to ' . $c['max'] . ' digits expected' );
	}
	return kratom_check_accepted( $v );
}

/** A language the widget has; region variants (es-MX, en_US) give the language. */
function kratom_check_lang( array $c, $v ) {
	$prefix = strtolower( preg_split( '/[-_]/', $v )[0] );
	if ( ! in_array( $prefix, $c['codes'], true ) ) {
		return kratom_check_refused( 'supported: ' . implode( ', ', $c['codes'] ) );
	}
	return kratom_check_accepted( $prefix );
}

/** One of the listed words, any case; the lowercase word is used. */
function kratom_check_one_of( array $c, $v ) {
	$lower = strtolower( $v );
	if ( ! in_array( $lower, $c['values'], true ) ) {
		$words = $c['values'];
		$last  = array_pop( $words );
		return kratom_check_refused( 'use ' . ( $words ? implode( ', ', $words ) . ' or ' : '' ) . $last );
	}
	return kratom_check_accepted( $lower );
}

/** `#rgb` or `#rrggbb` with enough contrast against white; used as `#rrggbb`. */
function kratom_check_hex_colour_check( array $c, $v ) {
	$rgb = kratom_check_hex_colour( $v );
	if ( null === $rgb ) {
		return kratom_check_refused( 'use #rgb or #rrggbb' );
	}
	if ( kratom_check_contrast_with_white( $rgb ) < $c['min_contrast_with_white'] ) {
		return kratom_check_refused( 'contrast against white is below ' . $c['min_contrast_with_white'] . ':1' );
	}
	return kratom_check_accepted( vsprintf( '#%02x%02x%02x', $rgb ) );
}

/**
 * An https URL by the widget's textual check. The widget then asks the
 * browser's URL parser, which PHP does not have: parse_url stands in, and a
 * URL it accepts that a browser would not is still refused by the widget on
 * the page (with its console warning).
 */
function kratom_check_https_url( array $c, $v ) {
	$bad = kratom_check_refused( 'not an https URL' );
	if ( strlen( $v ) > $c['max_chars'] || strlen( $v ) < 9 || 0 !== strncasecmp( $v, 'https://', 8 ) ) {
		return $bad;
	}
	if ( preg_match( '/[\s\p{Cc}"\'<>\\\\`]/u', $v ) ) {
		return $bad;
	}
	$authority = preg_split( '#[/?\#]#', substr( $v, 8 ) )[0];
	$host      = $authority;
	$colon     = strrpos( $authority, ':' );
	if ( false !== $colon && preg_match( '/^[0-9]*$/', substr( $authority, $colon + 1 ) ) ) {
		$host = substr( $authority, 0, $colon );
	}
	if ( '' === $host || false !== strpos( $authority, '@' ) || '.' === $host[0] || ! preg_match( '/^[A-Za-z0-9.\-\[\]:]+$/', $host ) ) {
		return $bad;
	}
	$parts = wp_parse_url( $v );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
		return $bad;
	}
	return kratom_check_accepted( $v );
}

/**
 * `#rgb` or `#rrggbb` as three bytes, or null.
 *
 * @param string $v The value.
 * @return int[]|null
 */
function kratom_check_hex_colour( $v ) {
	if ( ! preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/D', $v, $m ) ) {
		return null;
	}
	$h = 3 === strlen( $m[1] ) ? $m[1][0] . $m[1][0] . $m[1][1] . $m[1][1] . $m[1][2] . $m[1][2] : $m[1];
	return array( hexdec( substr( $h, 0, 2 ) ), hexdec( substr( $h, 2, 2 ) ), hexdec( substr( $h, 4, 2 ) ) );
}

/**
 * WCAG 2 contrast ratio of a colour against white.
 *
 * @param int[] $rgb Three bytes.
 */
function kratom_check_contrast_with_white( array $rgb ) {
	$lum = 0.0;
	foreach ( array( 0.2126, 0.7152, 0.0722 ) as $i => $weight ) {
		$c    = $rgb[ $i ] / 255;
		$c    = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
		$lum += $weight * $c;
	}
	return 1.05 / ( $lum + 0.05 );
}

/**
 * Checks a set of values keyed by `$name_of` ('key' for settings and the
 * shortcode, 'option' for the block). Unknown keys are ignored.
 *
 * @param array  $values  Raw values.
 * @param string $name_of Which column names the values.
 * @return array{values: array<string,string>, refused: array<int, array{row: array, given: string, why: string}>}
 *               `values` by setting key, only the accepted non-empty ones.
 */
function kratom_check_validate( array $values, $name_of = 'key' ) {
	$out     = array();
	$refused = array();
	foreach ( kratom_check_options() as $row ) {
		if ( ! array_key_exists( $row[ $name_of ], $values ) ) {
			continue;
		}
		$given  = $values[ $row[ $name_of ] ];
		$result = kratom_check_validate_one( $row, $given );
		if ( ! $result['ok'] ) {
			$refused[] = array(
				'row'   => $row,
				'given' => is_scalar( $given ) ? (string) $given : '',
				'why'   => $result['why'],
			);
		} elseif ( '' !== $result['value'] ) {
			$out[ $row['key'] ] = $result['value'];
		}
	}
	return array( 'values' => $out, 'refused' => $refused );
}
