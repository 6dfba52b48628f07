; Machine-wide configuration at install time, for IT deploying many desks:
;   Laipni-Setup.exe /S /CONFIG=\\fileserver\laipni\config\desk-K1.json
; copies the given file to %ProgramData%\Laipni\config.json. Without /CONFIG an existing
; configuration is left as it is; uninstalling keeps it (it belongs to the machine, not the app).
!include "FileFunc.nsh"

!macro customInstall
  SetShellVarContext all
  CreateDirectory "$APPDATA\Laipni"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CONFIG=" $R1
  ${IfNot} ${Errors}
    IfFileExists "$R1" 0 config_missing
      CopyFiles /SILENT "$R1" "$APPDATA\Laipni\config.json"
      Goto config_done
    config_missing:
      MessageBox MB_ICONEXCLAMATION "Laipni: configuration file not found: $R1" /SD IDOK
    config_done:
  ${EndIf}
!macroend
