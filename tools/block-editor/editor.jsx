// A minimal block editor made of today's block editor packages from the npm
// registry (this folder's package.json), for test/node/block-editor.test.js:
// the plugin's blocks as WordPress's post editor draws them, outside
// WordPress. It sets the `wp.*` globals the plugin's build/editor.js uses;
// page.js loads that script after this one, as WordPress does, and the
// editor is drawn once the page has loaded (every block registered):
//   - on the left, the inserter (the block library with its hover previews,
//     each in an iframe of its own);
//   - in the middle, the canvas: BlockCanvas, which draws the blocks in an
//     iframe, with the block editor's content styles inside it;
//   - on the right, the sidebar: BlockInspector, the selected block's
//     settings.
// The blocks are read as in WordPress: wp.data.select('core/block-editor').
import * as blockEditor from '@wordpress/block-editor';
import * as blocks from '@wordpress/blocks';
import * as components from '@wordpress/components';
import * as data from '@wordpress/data';
import * as element from '@wordpress/element';
import * as i18n from '@wordpress/i18n';
import '@wordpress/components/build-style/style.css';
import '@wordpress/block-editor/build-style/style.css';
// The blocks' icons are dashicons, a font of WordPress's admin pages.
import '@icon/dashicons/dashicons.css';
import './editor.css';

window.wp = {blocks, element, blockEditor, components, i18n, data};

const {BlockCanvas, BlockEditorProvider, BlockInspector, __experimentalLibrary: InserterLibrary} = blockEditor;
const {Popover, SlotFillProvider} = components;

// What the iframes (the canvas, the previews) get, as in WordPress: in
// their <head> the block editor's content styles (__unstableResolvedAssets;
// page.js puts the file beside the page, the iframes' <base>), and the
// editor styles WordPress gives a theme that has none of its own
// (block-library's default-editor-styles.css): the canvas's font.
const styles = [{css: 'body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif; font-size: 18px; line-height: 1.5; }'}];
const settings = {__unstableResolvedAssets: {styles: '<link rel="stylesheet" href="content.css">', scripts: ''}, styles};

function Editor() {
  const [content, setContent] = element.useState([]);
  return (
    <SlotFillProvider>
      {/* The default registry, as WordPress's editor has it, so wp.data.select reads these blocks. */}
      <BlockEditorProvider value={content} onInput={setContent} onChange={setContent} settings={settings} useSubRegistry={false}>
        <div className="harness">
          <aside className="harness__inserter" aria-label="Block inserter">
            <InserterLibrary showInserterHelpPanel shouldFocusBlock={false} />
          </aside>
          <main className="harness__canvas">
            <BlockCanvas height="100%" styles={styles} />
          </main>
          <aside className="harness__sidebar" aria-label="Settings">
            <BlockInspector />
          </aside>
        </div>
        <Popover.Slot />
      </BlockEditorProvider>
    </SlotFillProvider>
  );
}

window.addEventListener('DOMContentLoaded', () => element.createRoot(document.getElementById('editor')).render(<Editor />));
