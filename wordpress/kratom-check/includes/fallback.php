<?php
/**
 * The fallback: what shows inside the element when the widget cannot run
 * (JavaScript off, no WebAssembly, files missing) and until it has loaded.
 * It carries the crisis numbers, in the widget's language. The same words are
 * saved into a block's content, so they stay even if the plugin is removed.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The fallback's words by language; `%1$s` is the emergency number link, `%2$s`
 * the crisis line link, `%3$s` the helpline link.
 *
 * @return array<string, array{lead: string, needs: string, lines: string}>
 */
function kratom_check_fallback_words() {
	return array(
		'en' => array(
			'lead'  => 'The kratom self-check is not showing right now.',
			'needs' => 'You can reload the page or come back later. It needs JavaScript turned on.',
			'lines' => 'If you or someone else is in danger right now, call %1$s.<br>For a mental health or substance use crisis, call or text %2$s.<br>SAMHSA National Helpline (free, confidential, 24/7): %3$s.',
		),
		'es' => array(
			'lead'  => 'La autoevaluación no se está mostrando ahora.',
			'needs' => 'Puede volver a cargar la página o regresar más tarde. Necesita JavaScript activado.',
			'lines' => 'Si usted u otra persona está en peligro ahora, llame al %1$s.<br>Para una crisis de salud mental o de consumo de sustancias, llame o envíe un mensaje de texto al %2$s.<br>Línea Nacional de Ayuda de SAMHSA (gratuita, confidencial, 24/7): %3$s.',
		),
	);
}

/** The SAMHSA helpline: the same in every language and region the widget serves. */
const KRATOM_CHECK_HELPLINE = array( '18006624357', '1-800-662-4357' );

/**
 * The fallback block's inner HTML, escaped.
 *
 * @param string $lang      `en` or `es` (anything else: English).
 * @param string $emergency The emergency number (digits, already validated).
 * @param string $crisis    The crisis line (digits, already validated).
 */
function kratom_check_fallback_html( $lang, $emergency, $crisis ) {
	$all   = kratom_check_fallback_words();
	$words = isset( $all[ $lang ] ) ? $all[ $lang ] : $all['en'];
	$link  = function ( $digits, $shown ) {
		return '<a href="' . esc_url( 'tel:' . $digits, array( 'tel' ) ) . '">' . esc_html( $shown ) . '</a>';
	};
	$emergency = ctype_digit( (string) $emergency ) ? $emergency : '911';
	$crisis    = ctype_digit( (string) $crisis ) ? $crisis : '988';
	$lines     = sprintf(
		esc_html( $words['lines'] ),
		$link( $emergency, $emergency ),
		$link( $crisis, $crisis ),
		$link( KRATOM_CHECK_HELPLINE[0], KRATOM_CHECK_HELPLINE[1] )
	);
	// esc_html escaped the <br> of the template: the only markup in it.
	$lines = str_replace( '&lt;br&gt;', '<br>', $lines );
	return '<p><strong>' . esc_html( $words['lead'] ) . '</strong> ' . esc_html( $words['needs'] ) . '</p><p>' . $lines . '</p>';
}
