/**
 * The package's name and version, as constants: reading package.json at run time (createRequire) breaks a
 * bundled build, which has no package.json beside it. test/package.test.ts checks they match package.json.
 */
export const PACKAGE_NAME = 'elastream'
export const PACKAGE_VERSION = '0.1.0'
