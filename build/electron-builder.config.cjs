/**
 * Installers IT deploys to many desks. Windows: a per-machine NSIS installer (silent with /S,
 * machine configuration passed with /CONFIG=path) and an MSI for group-policy deployment.
 * Linux: deb. The app reads its machine configuration from %ProgramData%\Laipni\config.json
 * or /etc/laipni/config.json; user data stays per user.
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'lv.rezeknesnovads.laipni',
  productName: 'Laipni',
  copyright: 'Rēzeknes novada pašvaldība',
  directories: { output: 'dist', buildResources: 'build/resources' },
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'out/cli/**',
    'out/node-chunks/**',
    '!**/*.map',
    // Type declarations some runtime dependencies list as dependencies: never needed at run time.
    '!**/node_modules/@types/**',
  ],
  asar: true,
  // Electron's fuses, flipped in the binary at packaging: the packaged app cannot be turned into
  // a Node.js interpreter (ELECTRON_RUN_AS_NODE), told to load code through NODE_OPTIONS or
  // --inspect, or made to load an app from outside its checked app.asar; pages get no extra
  // file:// privileges (they load from app://). The laipni command runs on Node.js, not on this.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  extraResources: [{ from: 'build/installer/config.example.json', to: 'config.example.json' }],
  win: {
    target: ['nsis', 'msi'],
    executableName: 'Laipni',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    include: 'build/installer/machine-config.nsh',
  },
  msi: {
    perMachine: true,
    oneClick: false,
  },
  linux: {
    target: ['deb'],
    category: 'Office',
    executableName: 'laipni',
    maintainer: 'Rēzeknes novada pašvaldības IT <it@example.invalid>',
  },
  deb: {
    depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'],
  },
};
