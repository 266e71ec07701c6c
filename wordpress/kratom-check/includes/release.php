<?php
/**
 * This copy's widget files and their SHA-384s. `cargo xtask package` replaces
 * this file with the release's own; the plugin's source has no widget files,
 * so here the list is empty and the admin notice says so.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The release: `version`, and `files` (name => `sha384-…`) under
 * assets/<version>/.
 *
 * @return array{version: string, files: array<string, string>}
 */
function kratom_check_release() {
	return array(
		'version' => '',
		'files'   => array(),
	);
}
