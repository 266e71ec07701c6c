<?php
/**
 * One check per kind of option (see includes/options.php). Each returns
 * `array( 'ok' => bool, 'value' => string, 'why' => string )`: the value to
 * keep (trimmed, as the widget reads it) or the widget's reason for refusing
 * it. An empty value means "not set" and is always accepted, as in the widget.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Checks one value against its option's row.
 *
 * @param array  $row   A row of kratom_check_options().
 * @param mixed  $value The value as given (anything: it comes from a form or a shortcode).
 * @return array{ok: bool, value: string, why: string}
 */
function kratom_check_validate_one( array $row, $value ) {
	if ( ! is_string( $value ) && ! is_int( $value ) ) {
		return kratom_check_refused( $row, 'bad' );
	}
	$v = trim( (string) $value );
	if ( '' === $v ) {
		return array( 'ok' => true, 'value' => '', 'why' => '' );
	}
	switch ( $row['kind'] ) {
		case 'text':
			if ( function_exists( 'mb_strlen' ) ? mb_strlen( $v, 'UTF-8' ) > $row['max'] : strlen( $v ) > $row['max'] ) {
				return kratom_check_refused( $row, 'long' );
			}
			if ( ! preg_match( '//u', $v ) || preg_match( '/[\p{Cc}]/u', $v ) ) {
				return kratom_check_refused( $row, 'control' );
			}
			break;
		case 'phone':
			if ( strlen( $v ) > $row['max'] || preg_match_all( '/[0-9]/', $v ) < $row['min_digits'] || ! preg_match( '/^[0-9 +\-()]+$/', $v ) ) {
				return kratom_check_refused( $row, 'bad' );
			}
			break;
		case 'https_url':
			if ( ! kratom_check_is_https_url( $v, $row['max'] ) ) {
				return kratom_check_refused( $row, 'bad' );
			}
			break;
		case 'lang':
			$prefix = strtolower( preg_split( '/[-_]/', $v )[0] );
			if ( ! in_array( $prefix, $row['values'], true ) ) {
				return kratom_check_refused( $row, 'bad' );
			}
			break;
		case 'digits':
			if ( strlen( $v ) < $row['min'] || strlen( $v ) > $row['max'] || ! ctype_digit( $v ) ) {
				return kratom_check_refused( $row, 'bad' );
			}
			break;
		case 'accent':
			$rgb = kratom_check_hex_colour( $v );
			if ( null === $rgb ) {
				return kratom_check_refused( $row, 'bad' );
			}
			if ( kratom_check_contrast_with_white( $rgb ) < $row['min_contrast'] ) {
				return kratom_check_refused( $row, 'contrast' );
			}
			break;
		case 'choice':
			if ( ! in_array( strtolower( $v ), $row['values'], true ) ) {
				return kratom_check_refused( $row, 'bad' );
			}
			$v = strtolower( $v );
			break;
		default:
			return kratom_check_refused( $row, 'bad' );
	}
	return array( 'ok' => true, 'value' => $v, 'why' => '' );
}

/**
 * A refusal with the widget's reason for the failed check.
 *
 * @param array  $row   The option's row.
 * @param string $check Which check failed (a key of the row's `why`).
 */
function kratom_check_refused( array $row, $check ) {
	$why = isset( $row['why'][ $check ] ) ? $row['why'][ $check ] : reset( $row['why'] );
	return array( 'ok' => false, 'value' => '', 'why' => $why );
}

/**
 * The widget's textual https check (the browser's URL parser then decides in
 * the widget; PHP's parse_url stands in for it here).
 *
 * @param string $v   The trimmed value.
 * @param int    $max The longest accepted URL.
 */
function kratom_check_is_https_url( $v, $max ) {
	if ( strlen( $v ) > $max || strlen( $v ) < 9 || 0 !== strncasecmp( $v, 'https://', 8 ) ) {
		return false;
	}
	if ( preg_match( '/[\s\p{Cc}"\'<>\\\\`]/u', $v ) || ! preg_match( '//u', $v ) ) {
		return false;
	}
	$authority = preg_split( '#[/?\#]#', substr( $v, 8 ) )[0];
	$host      = $authority;
	$colon     = strrpos( $authority, ':' );
	if ( false !== $colon && ctype_digit( substr( $authority, $colon + 1 ) . '0' ) ) {
		$host = substr( $authority, 0, $colon );
	}
	if ( '' === $host || false !== strpos( $authority, '@' ) || '.' === $host[0] || ! preg_match( '/^[A-Za-z0-9.\-\[\]:]+$/', $host ) ) {
		return false;
	}
	$parts = parse_url( $v );
	return is_array( $parts ) && isset( $parts['host'] ) && '' !== $parts['host'];
}

/**
 * `#rgb` or `#rrggbb` as three bytes, or null.
 *
 * @param string $v The value.
 * @return int[]|null
 */
function kratom_check_hex_colour( $v ) {
	if ( ! preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $v, $m ) ) {
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
