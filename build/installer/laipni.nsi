; Laipni's per-machine Windows installer, built with makensis directly (build/scripts/dist-offline.mjs).
; electron-builder's own NSIS target needs its NSIS bundle and resources (its plugins and
; elevate.exe), which it downloads; with Debian's makensis there is no such bundle, so this
; script does what IT relies on, with NSIS's standard plugins only:
;   Laipni-Setup-<version>.exe /S /CONFIG=\\fileserver\laipni\desk-K1.json
; installs under Program Files, copies the given file to %ProgramData%\Laipni\config.json (the
; machine configuration the app reads), makes a Start-menu shortcut and registers the
; uninstaller. An upgrade installs over the previous version and keeps the machine
; configuration and every user's data; uninstalling removes the program and keeps both.
;
; Defines given by the build: VERSION (x.y.z), APPDIR (the unpacked win-unpacked folder), OUTFILE;
; COMPRESSOR optionally (tests use zlib, which is faster to build).

Unicode true
Target amd64-unicode
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel admin
ManifestDPIAware true

!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define PRODUCT "Laipni"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Laipni"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} installer"
VIAddVersionKey "LegalCopyright" "Rezeknes novada pasvaldiba"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Function .onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Laipni"
  ; An upgrade: the previous version's program files go first (never the machine configuration
  ; in ProgramData, never the users' data in their own profiles).
  RMDir /r "$INSTDIR\resources"
  RMDir /r "$INSTDIR\locales"
  SetOutPath "$INSTDIR"
  File /r "${APPDIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall Laipni.exe"

  ; Machine configuration: /CONFIG=<file> replaces it; without /CONFIG it is left as it is.
  CreateDirectory "$APPDATA\Laipni"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CONFIG=" $R1
  ${IfNot} ${Errors}
    ${If} ${FileExists} "$R1"
      CopyFiles /SILENT "$R1" "$APPDATA\Laipni\config.json"
    ${Else}
      MessageBox MB_ICONEXCLAMATION "Laipni: configuration file not found: $R1" /SD IDOK
      SetErrorLevel 2
    ${EndIf}
  ${EndIf}

  CreateShortcut "$SMPROGRAMS\Laipni.lnk" "$INSTDIR\Laipni.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Rezeknes novada pasvaldiba"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Laipni.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall Laipni.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall Laipni.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Laipni.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; %ProgramData%\Laipni (the machine configuration) and the users' data are kept on purpose.
SectionEnd
