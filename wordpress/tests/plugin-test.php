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
		if ( $r['key'] === $key || $r['option'] === $key || $r['attribute'] === $key ) {
			return $r;
		}
	}
	throw new Exception( "no option $key" );
}

// The widget's own case table (tests/option-cases.json, read by its native
// and browser tests too): the plugin accepts what the widget accepts, refuses
// what it warns about, and keeps the value the widget would use. URLs: the
// widget also asks the browser's URL parser, which PHP lacks; a URL only that
// parser refuses is named below, and the widget still refuses it on the page.
$table         = json_decode( file_get_contents( __DIR__ . '/../../tests/option-cases.json' ), true );
$browser_only  = array();
foreach ( $table['cases'] as $c ) {
	$r     = row( $c['option'] );
	$got   = kratom_check_validate_one( $r, $c['value'] );
	$name  = $c['option'] . ' ' . json_encode( $c['value'], JSON_UNESCAPED_UNICODE ) . ( $c['warns'] ? ' refused' : ' accepted' );
	$is_url = 'https_url' === $r['check']['kind'];
	if ( $c['warns'] && $got['ok'] && $is_url ) {
		$browser_only[] = $c['value'];
		continue;
	}
	$same = $got['ok'] === ! $c['warns'];
	if ( $same && $got['ok'] && '' !== $got['value'] && ! $is_url ) {
		$same = $got['value'] === $c['widget'];
	}
	check( $name, $same, json_encode( $got ) . ' widget: ' . json_encode( $c['widget'] ) );
}
echo '# refused only by the browser\'s URL parser: ' . json_encode( $browser_only ) . "\n";
check( 'only URLs that need a browser\'s parser pass PHP\'s check', count( $browser_only ) <= 4, json_encode( $browser_only ) );
check( 'a non-string value is refused', ! kratom_check_validate_one( row( 'phone' ), array( '555' ) )['ok'] );
check( 'the refusals are the widget\'s words', 'contrast against white is below 4.5:1' === kratom_check_validate_one( row( 'accent' ), '#777' )['why']
	&& '2 to 6 digits expected' === kratom_check_validate_one( row( 'emergency_number' ), '1' )['why']
	&& 'use auto, light or dark' === kratom_check_validate_one( row( 'theme' ), 'sepia' )['why']
	&& 'longer than 80 characters' === kratom_check_validate_one( row( 'clinic_name' ), str_repeat( 'a', 81 ) )['why'] );

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
$kept     = kratom_check_sanitize_settings( array( 'clinic_name' => 'Back\\slash & "Co"' ) );
check( 'a saved value keeps its backslash and quotes (options.php has unslashed it once already)', 'Back\\slash & "Co"' === $kept['clinic_name'], json_encode( $kept ) );
check( 'one error per refused setting, in the widget\'s words', 2 === count( $messages ) && false !== strpos( implode( ' ', $messages ), 'use auto, light or dark' ), json_encode( $messages ) );
check( 'the refused value is escaped in the error', false !== strpos( implode( ' ', $messages ), 'call &lt;b&gt;us&lt;/b&gt;' ), json_encode( $messages ) );

// The block's attributes are the options' names, in the table's order.
$block_json = json_decode( file_get_contents( KRATOM_CHECK_DIR . '/block/block.json' ), true );
check( 'block.json has one string attribute per option', array_keys( $block_json['attributes'] ) === wp_list_pluck( kratom_check_options(), 'option' ), json_encode( array_keys( $block_json['attributes'] ) ) );

// The release's files are there and match their hashes.
check( 'the packaged release names its files', count( kratom_check_release()['files'] ) >= 3 );
check( 'no files problem', '' === kratom_check_files_problem(), kratom_check_files_problem() );

// The Spanish admin words: the packaged .mo (compiled from languages/*.po) as WordPress reads it.
$mo = KRATOM_CHECK_DIR . '/languages/kratom-check-es_ES.mo';
check( 'the package carries the Spanish .mo', is_readable( $mo ) );
unload_textdomain( 'kratom-check' );
check( 'WordPress loads the Spanish .mo', load_textdomain( 'kratom-check', $mo ) );
check( 'a label in Spanish', 'Nombre de la clínica' === __( 'Clinic name', 'kratom-check' ), __( 'Clinic name', 'kratom-check' ) );
check( 'the block title in Spanish (with its context)', 'Autoevaluación sobre el kratom' === _x( 'Kratom self-check', 'block title', 'kratom-check' ) );
$label = kratom_check_label( 'crisis_line' );
check( 'the settings page\'s labels come through it', 'Línea de crisis' === $label, $label );

echo "# $passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
