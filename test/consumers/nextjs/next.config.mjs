// Nothing to configure: the library needs no transpilePackages, no webpack or
// Turbopack rule, no experimental flag.
/** @type {import('next').NextConfig} */
export default {};
