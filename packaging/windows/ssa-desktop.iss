; Inno Setup script for SSA Desktop (Windows). Built by packaging\windows\build.ps1, which
; freezes the app into build\dist\ssa-desktop (BuildDir below), runs the self-test of both
; executables and then compiles this script with Inno Setup 6.3 or later (UTF-8 script
; without BOM, x64compatible, GetCustomSetupExitCode):
;   ISCC.exe /DAppVersion=0.2.0 /DWinVersion=0.2.0.4000 [/DSign "/Sssasign=signtool.exe sign ... $f"] packaging\windows\ssa-desktop.iss
; Per-user install by default (no admin rights needed on a Träger laptop; /ALLUSERS for all
; users); the vault is NOT in the program folder but in the user's application data folder,
; so uninstalling never deletes data. Silent install, exit codes, Intune detection and
; signing: docs/handbuch.md (Teil B) and packaging/README.md.

#define AppName "SSA Desktop"
#ifndef AppVersion
#define AppVersion "0.3.0"
#endif
; Its four-number form (python tools\windows_version.py; 0.2.0rc1 is 0.2.0.3001, below
; 0.2.0 = 0.2.0.4000): VersionInfoVersion takes four numbers only, no PEP 440 letters.
#ifndef WinVersion
#define WinVersion "0.3.0.4000"
#endif
#define AppPublisher "SSA Desktop"
#define BuildDir "..\..\build\dist\ssa-desktop"
; The installer's exit code when the self-test after installing failed (Inno Setup's own
; codes are 0-8; any non-zero code tells Intune/SCCM the installation failed).
#define SelfTestFailedExitCode 20
; The self-test's own watchdog ends it after SelfTestTimeLimit seconds (exit code 4, the
; result file says which check hung: ssa_desktop/selftest.py); the setup waits for its
; result file at most SelfTestWaitSeconds and counts no result as a failure. Never a wait
; without a limit (as SYSTEM in session 0 nobody could end it).
#define SelfTestTimeLimit 120
#define SelfTestWaitSeconds 180
; The mutexes the window and the unlock child hold while they run (ssa_desktop/app_mutex.py).
#define AppMutexNames "SSADesktop.Running,Global\SSADesktop.Running"
; How long a silent install waits for SSA Desktop to end before it gives up with exit
; code 7 (nothing changed; Intune: return code 7 = "Wiederholen"/retry).
#define WaitForAppSeconds 600
; The MSI's UpgradeCode (ssa-desktop.wxs): when Windows Installer knows a product of it,
; this setup refuses (exit code 1), as the MSI refuses when this setup installed it.
#define MsiUpgradeCode "{4C2E8B1D-7A36-4F0B-9E52-1D6A0C3F8E27}"
; This setup's uninstall key (AppId below): where an installed build is found.
#define UninstallKey "Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F0C2B7E-4D51-4E0A-9A57-3C1D8E2B5A10}_is1"

[Setup]
AppId={{6F0C2B7E-4D51-4E0A-9A57-3C1D8E2B5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\installer
OutputBaseFilename=SSA-Desktop-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\ssa-desktop.ico
UninstallDisplayIcon={app}\ssa-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; 64-bit Python and Qt: x64 Windows and Windows 11 on Arm (x64 emulation), nothing else.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DisableProgramGroupPage=yes
; An update never closes her running program: interactive setup asks her to close it
; (AppMutex), a silent one waits for it in PrepareToInstall and exits with 7 if it still
; runs; Restart Manager is not asked to close or restart anything.
AppMutex={code:AppMutexes}
CloseApplications=no
RestartApplications=no
; Windows 10 1809 (build 17763) or later; 64-bit only (above).
MinVersion=10.0.17763
; The version resource of the setup .exe (the app's executables get theirs from the spec).
VersionInfoVersion={#WinVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
; Apps & Features: "Hilfe" and "Kontakt" of the Träger's IT when the build is given them
; (build.ps1 -HelpLink/-Contact: /DHelpLink=… /DContact=…); nothing invented otherwise.
#ifdef HelpLink
AppSupportURL={#HelpLink}
AppPublisherURL={#HelpLink}
#endif
#ifdef Contact
AppContact={#Contact}
#endif
#ifdef Sign
; Signing hook: build.ps1 passes /Sssasign=<SignTool command with $f> when
; SSA_SIGN_COMMAND is set; the uninstaller is signed too (SmartScreen, Defender).
SignTool=ssasign
SignedUninstaller=yes
#endif

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[CustomMessages]
de.SelfTestFailed=Der Selbsttest nach der Installation ist fehlgeschlagen. SSA Desktop ist nicht vollständig installiert. Bitte wenden Sie sich an Ihre IT (das Ergebnis steht im Installationsprotokoll).
de.SystemWithoutAllUsers=Als SYSTEM (Intune: Installationsverhalten „System“) bitte mit /ALLUSERS installieren; ohne /ALLUSERS landete SSA Desktop im Profil des Kontos SYSTEM, das niemand sieht. Nichts wurde installiert.
en.SystemWithoutAllUsers=As SYSTEM (Intune: install behaviour "System") please install with /ALLUSERS; without /ALLUSERS SSA Desktop would go into the SYSTEM account's profile, which nobody sees. Nothing was installed.
de.AppStillRunning=SSA Desktop läuft noch. Die Installation wurde nicht begonnen; nichts wurde verändert. Bitte SSA Desktop beenden und die Installation wiederholen.
en.AppStillRunning=SSA Desktop is still running. The installation was not started; nothing was changed. Please quit SSA Desktop and run the installation again.
de.MsiInstalled=SSA Desktop ist auf diesem Gerät schon als MSI installiert (Verteilung durch die IT). Dieses Setup installiert nicht daneben; nichts wurde verändert. Bitte wenden Sie sich an Ihre IT.
en.MsiInstalled=SSA Desktop is already installed on this computer as an MSI (deployed by IT). This setup does not install beside it; nothing was changed. Please contact your IT.
de.NewerInstalled=Auf diesem Gerät ist schon eine neuere Ausgabe von SSA Desktop installiert (z. B. die Endfassung statt dieses Release-Kandidaten). Dieses Setup ersetzt sie nicht; nichts wurde verändert.
en.NewerInstalled=A newer build of SSA Desktop is already installed on this computer (e.g. the release instead of this release candidate). This setup does not replace it; nothing was changed.
en.SelfTestFailed=The self-test after installing failed. SSA Desktop is not installed completely. Please contact your IT (the result is in the setup log).

[InstallDelete]
; The previous version's libraries: without this, old DLLs and modules stay beside the
; new ones in _internal and may be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\ssa-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ssa-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ssa-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The remembered unlock ("Auf diesem Gerät merken"): every Credential Manager entry of the
; program (target "SSA Desktop Tresor" and "<Tresor-Kennung>@SSA Desktop Tresor") of the
; user who uninstalls. Entries of other users of an /ALLUSERS install stay: IT removes them
; with cmdkey (docs/handbuch.md, Teil B). Nothing stored is no error.
Filename: "{app}\ssa-desktop-cli.exe"; Parameters: "forget-device --all"; Flags: runhidden waituntilterminated; RunOnceId: "ForgetDevice"

[Code]
var
  SelfTestExitCode: Integer;

function MsiEnumRelatedProducts(UpgradeCode: String; Reserved: DWORD; Index: DWORD;
  ProductCode: String): Integer;
  external 'MsiEnumRelatedProductsW@msi.dll stdcall';

{ True when Windows Installer knows a product of the MSI's UpgradeCode (for all users or
  this user); 0 is ERROR_SUCCESS, 259 ERROR_NO_MORE_ITEMS. }
function MsiProductInstalled: Boolean;
var
  ProductCode: String;
begin
  ProductCode := StringOfChar(#0, 39);
  Result := MsiEnumRelatedProducts('{#MsiUpgradeCode}', 0, 0, ProductCode) = 0;
end;

{ The installed build's four version numbers (its ssa-desktop.exe's version resource,
  the folder from this setup's uninstall key, for all users or for this user); '' when
  none is installed. }
function InstalledWinVersion: String;
var
  Location: String;
begin
  Result := '';
  if not RegQueryStringValue(HKLM64, '{#UninstallKey}', 'InstallLocation', Location) then
    if not RegQueryStringValue(HKCU, '{#UninstallKey}', 'InstallLocation', Location) then
      Exit;
  if not GetVersionNumbersString(AddBackslash(Location) + 'ssa-desktop.exe', Result) then
    Result := '';
end;

{ Windows and Inno order four numbers: 0.2.0rc1 (0.2.0.3001) is below 0.2.0 (0.2.0.4000),
  so the release candidate's setup never replaces the release. }
function NewerInstalled: Boolean;
var
  Found: String;
  Installed, This: Int64;
begin
  Found := InstalledWinVersion;
  Result := (Found <> '') and StrToVersion(Found, Installed)
            and StrToVersion('{#WinVersion}', This)
            and (ComparePackedVersion(Installed, This) > 0);
  if Result then
    Log(Format('Installed build %s is newer than this setup''s {#WinVersion}', [Found]));
end;

{ Intune's "System" context without /ALLUSERS would install per user into SYSTEM's own
  profile and still end with 0: refused instead (exit code 1, nothing installed). An
  installed MSI is refused likewise: two installations side by side. }
function InitializeSetup: Boolean;
begin
  Result := True;
  if (not IsAdminInstallMode) and (CompareText(GetUserNameString, 'SYSTEM') = 0) then
  begin
    Log('Run as SYSTEM without /ALLUSERS: refused (it would install into SYSTEM''s profile)');
    SuppressibleMsgBox(CustomMessage('SystemWithoutAllUsers'), mbError, MB_OK, IDOK);
    Result := False;
  end
  else if MsiProductInstalled then
  begin
    Log('The MSI of SSA Desktop is installed: refused (exit code 1, nothing installed)');
    SuppressibleMsgBox(CustomMessage('MsiInstalled'), mbError, MB_OK, IDOK);
    Result := False;
  end
  else if NewerInstalled then
  begin
    Log('A newer build is installed: refused (exit code 1, nothing installed)');
    SuppressibleMsgBox(CustomMessage('NewerInstalled'), mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ AppMutex: interactive setup and the uninstaller ask her to close SSA Desktop (OK checks
  again); a silent install names none here and waits in PrepareToInstall instead, so that
  it ends with exit code 7 rather than Inno's own refusal. }
function AppMutexes(Param: String): String;
begin
  if (not IsUninstaller) and WizardSilent then
    Result := ''
  else
    Result := '{#AppMutexNames}';
end;

{ Before any file of the program folder is touched ([InstallDelete] comes later): wait
  while the window or the unlock child runs (silent installs: up to WaitForAppSeconds),
  then refuse with exit code 7 if it still runs. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Waited: Integer;
begin
  Result := '';
  Waited := 0;
  while CheckForMutexes('{#AppMutexNames}') and (Waited < {#WaitForAppSeconds}) do
  begin
    if Waited = 0 then
      Log('SSA Desktop is running: waiting for it to end');
    Sleep(5000);
    Waited := Waited + 5;
  end;
  if CheckForMutexes('{#AppMutexNames}') then
  begin
    Log(Format('SSA Desktop still runs after %d s: nothing installed (exit code 7)', [Waited]));
    Result := CustomMessage('AppStillRunning');
  end;
end;

{ The installed app's self-test, hidden and with a time limit: the windowed
  ssa-desktop.exe (what users start) writes its result to a file (atomically: once it is
  there it is whole); the setup waits for that file at most SelfTestWaitSeconds. Its lines
  go into the setup log (/LOG); the last line decides ("Ergebnis: bestanden ..."); no file
  in time, or any other last line, is a failure: a message (suppressed in silent installs)
  and the installer's exit code SelfTestFailedExitCode. }
procedure RunSelfTest;
var
  ResultFile: String;
  Lines: TArrayOfString;
  I, Started, Waited: Integer;
begin
  ResultFile := ExpandConstant('{tmp}\ssa-selbsttest.txt');
  DeleteFile(ResultFile);
  SelfTestExitCode := 1;
  if not Exec(ExpandConstant('{app}\ssa-desktop.exe'),
              'self-test --time-limit {#SelfTestTimeLimit} --result-file "' + ResultFile + '"', '',
              SW_HIDE, ewNoWait, Started) then
    Log(Format('SSA Desktop self-test could not start (error %d)', [Started]))
  else
  begin
    Waited := 0;
    while (not FileExists(ResultFile)) and (Waited < {#SelfTestWaitSeconds}) do
    begin
      Sleep(1000);
      Waited := Waited + 1;
    end;
    if not FileExists(ResultFile) then
      Log(Format('SSA Desktop self-test gave no result within %d s: failed', [Waited]));
  end;
  if LoadStringsFromFile(ResultFile, Lines) and (GetArrayLength(Lines) > 0) then
  begin
    for I := 0 to GetArrayLength(Lines) - 1 do
      Log('self-test: ' + Lines[I]);
    if Pos('Ergebnis: bestanden', Lines[GetArrayLength(Lines) - 1]) = 1 then
      SelfTestExitCode := 0;
  end
  else
    Log('self-test: no result file');
  Log(Format('SSA Desktop self-test: %d (0 passed)', [SelfTestExitCode]));
  if (SelfTestExitCode = 0) and not FileExists(ExpandConstant('{app}\ssa-desktop-cli.exe')) then
  begin
    Log('ssa-desktop-cli.exe (the console companion for IT and scripts) is missing');
    SelfTestExitCode := 1;
  end;
  if SelfTestExitCode <> 0 then
    SuppressibleMsgBox(CustomMessage('SelfTestFailed'), mbError, MB_OK, IDOK);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    RunSelfTest;
end;

function GetCustomSetupExitCode: Integer;
begin
  if SelfTestExitCode <> 0 then
    Result := {#SelfTestFailedExitCode}
  else
    Result := 0;
end;
