; Windows installer for Leitplanken: per user, no administrator rights needed.
;
; Built by packaging/windows/build_installer.py, which passes:
;   VERSION   the package version (0.1.0)      VERSION4  the same as four numbers (0.1.0.0)
;   SOURCE    the PyInstaller folder (dist\leitplanken: leitplanken.exe, leitplanken-cli.exe, _internal\)
;   ICONS     the folder with leitplanken.ico and leitplanken-file.ico (packaging/make_icons.py)
;   OUTFILE   the installer to write
;
; Installs into %LOCALAPPDATA%\Programs\Leitplanken, adds a Start-menu entry, associates
; .leitplanken files (with their own icon) for this user under HKCU\Software\Classes, and
; registers an uninstaller in "Apps & features" that removes all of it again.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION | VERSION4 | SOURCE | ICONS | OUTFILE
  !error "Run packaging/windows/build_installer.py (it defines VERSION, VERSION4, SOURCE, ICONS, OUTFILE)"
!endif

!define APP "Leitplanken"
!define EXE "leitplanken.exe"
!define CLI "leitplanken-cli.exe"
!define PROGID "Leitplanken.Workspace"
!define EXT ".leitplanken"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${APP}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICONS}\leitplanken.ico"
!define MUI_UNICON "${ICONS}\leitplanken.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the language of Windows; German when Windows speaks neither.
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString FileTypeName ${LANG_GERMAN} "Leitplanken-Arbeitsbereich"
LangString FileTypeName ${LANG_ENGLISH} "Leitplanken workspace"
LangString RunningApp ${LANG_GERMAN} "Leitplanken ist noch geöffnet (ein Fenster oder leitplanken-cli). Bitte schliessen Sie es zuerst (Ihre Arbeit vorher speichern) und klicken Sie dann auf „Wiederholen“."
LangString RunningApp ${LANG_ENGLISH} "Leitplanken is still open (a window or leitplanken-cli). Please close Leitplanken first (save your work), then click Retry."
LangString Needs64Bit ${LANG_GERMAN} "Leitplanken braucht ein 64-Bit-Windows. Dieses Windows ist 32-Bit; die Installation wird abgebrochen."
LangString Needs64Bit ${LANG_ENGLISH} "Leitplanken needs 64-bit Windows. This Windows is 32-bit, so the installation stops."

; The bundle holds 64-bit programs only: on 32-bit Windows they would not start at all.
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; Files of a running app cannot be replaced (Windows locks a running .exe and its DLLs): ask
; the user to close it instead of failing halfway. Either program counts: the window
; (leitplanken.exe) and the command line (leitplanken-cli.exe). A running .exe cannot be
; opened for writing; a missing one is not opened at all (that would create an empty file).
; A quiet (/S) run cancels instead of waiting for a click nobody can make.
!macro WaitUntilClosed
  retry:
    IfFileExists "$INSTDIR\${EXE}" 0 check_cli
      ClearErrors
      FileOpen $0 "$INSTDIR\${EXE}" a
      IfErrors busy
      FileClose $0
  check_cli:
    IfFileExists "$INSTDIR\${CLI}" 0 closed
      ClearErrors
      FileOpen $0 "$INSTDIR\${CLI}" a
      IfErrors busy
      FileClose $0
      Goto closed
  busy:
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RunningApp)" /SD IDCANCEL IDRETRY retry
    Abort
  closed:
!macroend

Section "Leitplanken" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro WaitUntilClosed
  RMDir /r "$INSTDIR\_internal"  ; an update leaves nothing of the old version behind
  File /r "${SOURCE}\*"
  File "${ICONS}\leitplanken.ico"
  File "${ICONS}\leitplanken-file.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\leitplanken.ico" 0

  ; The file association, for this user only (no administrator rights).
  WriteRegStr HKCU "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${EXT}" "Content Type" "application/x-leitplanken"
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\leitplanken-file.ico,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE}\SupportedTypes" "${EXT}" ""

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\leitplanken.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; Explorer shows the new icon and "Open with" at once, not after the next login.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WaitUntilClosed
  Delete "$SMPROGRAMS\${APP}.lnk"

  ; The association goes only where it is still ours (another program may have taken it).
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\${EXT}"
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The program only: workspace files live wherever the user saved them, and the settings
  ; (HKCU\Software\Leitplanken: language, recent files) stay for a later installation.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\leitplanken.ico"
  Delete "$INSTDIR\leitplanken-file.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
