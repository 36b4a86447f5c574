; Inno Setup script for the Windows installer: packaging\dist\VisaCase (from build-windows.ps1)
; installed for the current user (no administrator needed), a Start menu entry, and .visacase
; files opening in VisaCase. Built by build-windows.ps1:  ISCC /DAppVersion=0.1.0 visacase.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F3C2E8A-4B1D-4C57-9A0E-2D7B5E1F9C34}
AppName=VisaCase
AppVersion={#AppVersion}
AppPublisher=VisaCase
DefaultDirName={autopf}\VisaCase
DefaultGroupName=VisaCase
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=dist
OutputBaseFilename=VisaCase-setup
SetupIconFile=..\resources\icons\visacase.ico
UninstallDisplayIcon={app}\VisaCase.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"; Flags: unchecked

[Files]
Source: "dist\VisaCase\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{autoprograms}\VisaCase"; Filename: "{app}\VisaCase.exe"
Name: "{autodesktop}\VisaCase"; Filename: "{app}\VisaCase.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.visacase"; ValueType: string; ValueName: ""; ValueData: "VisaCase.Case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\VisaCase.Case"; ValueType: string; ValueName: ""; ValueData: "VisaCase case file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\VisaCase.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\VisaCase.exe,0"
Root: HKA; Subkey: "Software\Classes\VisaCase.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\VisaCase.exe"" ""%1"""

[Run]
Filename: "{app}\VisaCase.exe"; Description: "Open VisaCase"; Flags: nowait postinstall skipifsilent
