<?php
/**
 * Plugin Name:       Safeguarding widgets
 * Description:       Blocks that help parents see the signs of child exploitation and find who to call: a contact card, a signs checklist, the "Is Your Child Safe?" banner, sexting tips, topic guides and a quick exit. Everything is served from your own site.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       safeguarding-widgets
 * Domain Path:       /languages
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION     = '@VERSION@';
const PLUGIN_FILE = __FILE__;
const OPTION      = 'safeguarding_widgets';

require_once __DIR__ . '/includes/languages.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/library.php';
require_once __DIR__ . '/includes/blocks.php';
