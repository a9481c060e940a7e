export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  packagejson: false,
};
