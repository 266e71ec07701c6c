<?php
/**
 * Makes a plugin zip of a "newer release" from a release zip, for the update
 * test: the same widget files under assets/NEW-VERSION/, the version in the
 * plugin header and includes/release.php changed. Uses the PclZip that comes
 * with WordPress (no zip extension or program needed).
 *
 * Usage: php update-zip.php RELEASE.zip NEW.zip NEW-VERSION
 *
 * @package KratomCheck
 */

if ( PHP_SAPI !== 'cli' || $argc !== 4 ) {
	fwrite( STDERR, "usage: php update-zip.php RELEASE.zip NEW.zip NEW-VERSION\n" );
	exit( 2 );
}
list( , $source, $dest, $version ) = $argv;
define( 'ABSPATH', '/usr/share/wordpress/' );
require ABSPATH . 'wp-admin/includes/class-pclzip.php';

$work = sys_get_temp_dir() . '/kc-update-' . getmypid();
$in   = new PclZip( $source );
if ( ! $in->extract( PCLZIP_OPT_PATH, $work ) ) {
	fwrite( STDERR, $in->errorInfo( true ) . "\n" );
	exit( 1 );
}
$plugin = "$work/kratom-check";
$old    = basename( glob( "$plugin/assets/*", GLOB_ONLYDIR )[0] );
rename( "$plugin/assets/$old", "$plugin/assets/$version" );
foreach ( array( 'kratom-check.php' => 'Version:           ', 'includes/release.php' => "'version' => '" ) as $file => $before ) {
	$text = file_get_contents( "$plugin/$file" );
	$new  = str_replace( $before . $old, $before . $version, $text );
	if ( $new === $text ) {
		fwrite( STDERR, "no version $old in $file\n" );
		exit( 1 );
	}
	file_put_contents( "$plugin/$file", $new );
}
@unlink( $dest );
$out = new PclZip( $dest );
if ( ! $out->create( $plugin, PCLZIP_OPT_REMOVE_PATH, $work ) ) {
	fwrite( STDERR, $out->errorInfo( true ) . "\n" );
	exit( 1 );
}
exec( 'rm -rf ' . escapeshellarg( $work ) );
echo "$old -> $version\n";
