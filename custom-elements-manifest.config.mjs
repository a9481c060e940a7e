/** Only the element classes are API: `src/<element>/<element>.ts`. */
const isElementModule = (path) => /^src\/([\w-]+)\/\1\.ts$/.test(path);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Everything is analysed, so that the elements inherit what their base
      // classes declare (heading-level); then all but the element classes is dropped.
      name: 'elements-only',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules = customElementsManifest.modules
          .filter((module) => isElementModule(module.path))
          .map((module) => {
            const declarations = module.declarations.filter((declaration) => declaration.customElement);
            const names = declarations.map((declaration) => declaration.name);
            return {
              ...module,
              declarations,
              exports: module.exports.filter((entry) => names.includes(entry.declaration.name)),
            };
          });
      },
    },
    {
      // The analyzer lists modules in the order the file system gives them:
      // sort them by path, so that the file is the same on every machine.
      name: 'stable-order',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
