; Inno Setup script of the Windows installer of Jiandu (行政执法监督台账).
; UNTESTED: see packaging/windows/README.md, which also says how to make SourceDir.
;
;   ISCC.exe /DSourceDir=C:\build\jiandu-dist /DAppVersion=0.1.0 packaging\windows\jiandu.iss
;
; SourceDir: the folder made by `cmake --install` and windeployqt (bin\jiandu.exe, ...).
; Installs per machine into Program Files; each user's data stays in
; %APPDATA%\Jiandu\Jiandu and is never touched by the installer or the uninstaller.
; Needs Inno Setup 6.3 or newer (x64compatible). Keep this file UTF-8 with BOM, so that
; Inno Setup reads the Chinese text right.

#ifndef SourceDir
  #define SourceDir "..\..\build\jiandu-dist"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "行政执法监督台账"
#define AppExe "jiandu.exe"

[Setup]
; A fixed AppId: upgrades replace the installed version instead of adding a second one.
AppId={{6C1E3B7A-4F2D-4B8E-9A57-3D0C2E1F8B64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jiandu developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Jiandu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=jiandu-{#AppVersion}-setup
SetupIconFile=jiandu.ico
UninstallDisplayIcon={app}\jiandu.ico
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
; Close a running jiandu.exe before replacing it.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.RunApp=启动行政执法监督台账
english.RunApp=Start Jiandu
chinesesimplified.VcRedist=正在安装 Visual C++ 运行库…
english.VcRedist=Installing the Visual C++ runtime…

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The application folder: executables, Qt DLLs and plugins, translations, vcpkg DLLs.
Source: "{#SourceDir}\bin\*"; DestDir: "{app}"; Excludes: "vc_redist.x64.exe"; \
  Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#SourceDir}\bin\vc_redist.x64.exe"; DestDir: "{tmp}"; \
  Flags: deleteafterinstall skipifsourcedoesntexist
Source: "jiandu.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\docs\guide-zh.md"; DestDir: "{app}\doc"; Flags: ignoreversion

[Icons]
; The Start-menu entry carries the Chinese name; {autoprograms}: for all users.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; \
  IconFilename: "{app}\jiandu.ico"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; \
  IconFilename: "{app}\jiandu.ico"; Tasks: desktopicon

[Run]
Filename: "{tmp}\vc_redist.x64.exe"; Parameters: "/install /quiet /norestart"; \
  StatusMsg: "{cm:VcRedist}"; Flags: waituntilterminated skipifdoesntexist
Filename: "{app}\{#AppExe}"; Description: "{cm:RunApp}"; \
  Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: %APPDATA%\Jiandu (databases, backups) and the settings
; in HKCU\Software\Jiandu belong to the users and stay.
