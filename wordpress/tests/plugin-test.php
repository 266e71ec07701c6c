<?php
/**
 * The plugin's unit tests, run inside a real WordPress with the plugin active
 * (tests/e2e/wordpress.test.mjs runs `php wordpress/tests/plugin-test.php
 * CONFIG-NAME BASE-URL`), so WordPress's own escaping functions are the ones
 * tested. Prints `ok`/`not ok` lines and `# N passed, M failed`; exits 1 on a
 * failure.
 *
 * @package KratomCheck
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	fwrite( STDERR, "usage: php plugin-test.php CONFIG-NAME BASE-URL\n" );
	exit( 2 );
}
$_SERVER['WORDPRESS_CONFIG'] = $argv[1];
$_SERVER['HTTP_HOST']        = parse_url( $argv[2], PHP_URL_HOST ) . ':' . parse_url( $argv[2], PHP_URL_PORT );
require '/usr/share/wordpress/wp-load.php';
// The Settings API's error list lives with the admin screens.
require_once ABSPATH . 'wp-admin/includes/template.php';

$passed = 0;
$failed = 0;
function check( $name, $ok, $detail = '' ) {
	global $passed, $failed;
	if ( $ok ) {
		++$passed;
		echo "ok - $name\n";
	} else {
		++$failed;
		echo "not ok - $name" . ( '' !== $detail ? ': ' . str_replace( "\n", ' ', $detail ) : '' ) . "\n";
	}
}

check( 'the plugin is active', function_exists( 'kratom_check_render' ) );
if ( ! function_exists( 'kratom_check_render' ) ) {
	echo "# $passed passed, $failed failed\n";
	exit( 1 );
}

function row( $key ) {
	foreach ( kratom_check_options() as $r ) {
		if ( $r['key'] === $key ) {
			return $r;
		}
	}
	throw new Exception( "no option $key" );
}

// The widget's rules (src/embed/attrs.rs and its tests): [key, value, accepted?, kept value or reason].
$cases = array(
	array( 'clinic_name', 'Riverside Recovery', true, 'Riverside Recovery' ),
	array( 'clinic_name', str_repeat( 'é', 80 ), true, str_repeat( 'é', 80 ) ),
	array( 'clinic_name', str_repeat( 'a', 81 ), false, 'longer than 80 characters' ),
	array( 'clinic_name', "Line\x07bell", false, 'control characters' ),
	array( 'phone', '+1 (555) 010-0100', true, '+1 (555) 010-0100' ),
	array( 'phone', '12', false, 'only digits, spaces and + - ( ) are allowed' ),
	array( 'phone', 'call 555 0100', false, 'only digits, spaces and + - ( ) are allowed' ),
	array( 'phone', str_repeat( '1', 31 ), false, 'only digits, spaces and + - ( ) are allowed' ),
	array( 'contact_url', 'https://riverside.example/contact?x=1#y', true, 'https://riverside.example/contact?x=1#y' ),
	array( 'contact_url', 'https://riverside.example:8443/', true, 'https://riverside.example:8443/' ),
	array( 'contact_url', 'http://riverside.example/', false, 'not an https URL' ),
	array( 'contact_url', 'javascript:alert(1)', false, 'not an https URL' ),
	array( 'contact_url', 'https://user:pw@riverside.example/', false, 'not an https URL' ),
	array( 'contact_url', 'https://riverside.example/"onmouseover="x', false, 'not an https URL' ),
	array( 'contact_url', 'https://riverside example/', false, 'not an https URL' ),
	array( 'contact_url', 'https://.example/', false, 'not an https URL' ),
	array( 'exit_url', 'https://www.example.org/', true, 'https://www.example.org/' ),
	array( 'exit_url', 'https://', false, 'not an https URL' ),
	array( 'lang', 'es-MX', true, 'es-MX' ),
	array( 'lang', 'EN', true, 'EN' ),
	array( 'lang', 'fr', false, 'supported: en, es' ),
	array( 'emergency_number', '112', true, '112' ),
	array( 'emergency_number', '1', false, '2 to 6 digits expected' ),
	array( 'emergency_number', '1234567', false, '2 to 6 digits expected' ),
	array( 'emergency_number', '91a', false, '2 to 6 digits expected' ),
	array( 'crisis_line', '18006624357', true, '18006624357' ),
	array( 'crisis_line', '180066243570', false, '2 to 11 digits expected' ),
	array( 'accent', '#1a5fb4', true, '#1a5fb4' ),
	array( 'accent', '#000', true, '#000' ),
	array( 'accent', '#ffff00', false, 'contrast against white is below 4.5:1' ),
	array( 'accent', '#777', false, 'contrast against white is below 4.5:1' ),
	array( 'accent', '#12345', false, 'use #rgb or #rrggbb' ),
	array( 'accent', 'red', false, 'use #rgb or #rrggbb' ),
	array( 'theme', 'DARK', true, 'dark' ),
	array( 'theme', 'sepia', false, 'use auto, light or dark' ),
	array( 'quick_exit_keys', 'off', true, 'off' ),
	array( 'quick_exit_keys', 'false', false, 'use on or off' ),
	array( 'phone', '   ', true, '' ),
);
foreach ( $cases as $c ) {
	list( $key, $value, $ok, $expect ) = $c;
	$r   = kratom_check_validate_one( row( $key ), $value );
	$got = $ok ? $r['value'] : $r['why'];
	check( "$key " . json_encode( $value ) . ( $ok ? ' accepted' : ' refused' ), $r['ok'] === $ok && $got === $expect, json_encode( $r ) );
}
check( 'a non-string value is refused', ! kratom_check_validate_one( row( 'phone' ), array( '555' ) )['ok'] );
check( '#777 is just under 4.5:1 (4.48), as in the widget', abs( kratom_check_contrast_with_white( array( 0x77, 0x77, 0x77 ) ) - 4.48 ) < 0.01 );

// Escaping: what a page's options can put into the markup.
update_option( 'kratom_check_settings', array( 'clinic_name' => 'Riverside Recovery', 'phone' => '+1-555-0100' ) );
$html = kratom_check_render(
	array(
		'clinic_name' => '"><script>alert(1)</script>',
		'contact_url' => 'javascript:alert(1)',
		'phone'       => '555" onmouseover="x',
	),
	'key'
);
check( 'a clinic name is an escaped attribute value', false !== strpos( $html, 'data-clinic-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' ), $html );
check( 'no markup from the options reaches the page', false === stripos( $html, '<script' ) && false === strpos( $html, 'onmouseover="' ), $html );
check( 'a refused page option is left out (the widget would ignore it)', false === strpos( $html, 'data-contact-url' ) && false === strpos( $html, 'javascript:' ), $html );
check( 'a refused page phone falls back to the clinic-wide one', false !== strpos( $html, 'data-phone="+1-555-0100"' ), $html );
check( 'the fallback links the crisis numbers', false !== strpos( $html, 'href="tel:911"' ) && false !== strpos( $html, 'href="tel:988"' ) && false !== strpos( $html, 'href="tel:18006624357"' ), $html );
$es = kratom_check_render( array( 'lang' => 'es', 'emergency_number' => '112', 'crisis_line' => '024' ), 'key' );
check( 'a Spanish widget gets the Spanish fallback with its own numbers', false !== strpos( $es, 'llame al <a href="tel:112">112</a>' ) && false !== strpos( $es, 'href="tel:024"' ) && false !== strpos( $es, 'data-lang="es"' ), $es );
$block = kratom_check_render( array( 'clinicName' => 'Hillside', 'clinic_name' => 'ignored' ), 'option' );
check( 'block attributes go by their option names', false !== strpos( $block, 'data-clinic-name="Hillside"' ), $block );
check( 'the shortcode prints the same markup', do_shortcode( '[kratom_check clinic_name="Hillside"]' ) === kratom_check_render( array( 'clinic_name' => 'Hillside' ), 'key' ) );

// The settings' sanitize callback: a refused value keeps the old one; the error is text.
global $wp_settings_errors;
$wp_settings_errors = array();
$saved              = kratom_check_sanitize_settings( array( 'phone' => 'call <b>us</b>', 'clinic_name' => 'New name', 'theme' => 'sepia' ) );
check( 'a refused setting keeps the previous value', '+1-555-0100' === $saved['phone'] && 'New name' === $saved['clinic_name'] && ! isset( $saved['theme'] ), json_encode( $saved ) );
$messages = wp_list_pluck( get_settings_errors( 'kratom_check_settings' ), 'message' );
check( 'one error per refused setting, in the widget\'s words', 2 === count( $messages ) && false !== strpos( implode( ' ', $messages ), 'use auto, light or dark' ), json_encode( $messages ) );
check( 'the refused value is escaped in the error', false !== strpos( implode( ' ', $messages ), 'call &lt;b&gt;us&lt;/b&gt;' ), json_encode( $messages ) );

// The block's attributes are the options' names, in the table's order.
$block_json = json_decode( file_get_contents( KRATOM_CHECK_DIR . '/block/block.json' ), true );
check( 'block.json has one string attribute per option', array_keys( $block_json['attributes'] ) === wp_list_pluck( kratom_check_options(), 'option' ), json_encode( array_keys( $block_json['attributes'] ) ) );

// The release's files are there and match their hashes.
check( 'the packaged release names its files', count( kratom_check_release()['files'] ) >= 3 );
check( 'no files problem', '' === kratom_check_files_problem(), kratom_check_files_problem() );

echo "# $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
