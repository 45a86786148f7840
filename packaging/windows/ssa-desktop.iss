; Inno Setup script for SSA Desktop (Windows). Build the frozen folder first on Windows:
;   py -m pip install .[build]  &&  py -m PyInstaller --noconfirm packaging\ssa_desktop.spec
; then compile this script with Inno Setup 6 (ISCC.exe packaging\windows\ssa-desktop.iss).
; Per-user install by default (no admin rights needed on a Träger laptop); the vault is
; NOT in the program folder but in the user's application data folder, so uninstalling
; never deletes data.

#define AppName "SSA Desktop"
#define AppVersion "0.1.0"
#define AppPublisher "SSA Desktop"
#define BuildDir "..\..\build\dist\ssa-desktop"

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
ArchitecturesInstallIn64BitMode=x64compatible
DisableProgramGroupPage=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\ssa-desktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ssa-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ssa-desktop.exe"; Parameters: "self-test"; Flags: runhidden; StatusMsg: "Selbsttest …"
Filename: "{app}\ssa-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
