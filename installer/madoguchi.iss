; Inno Setup 6 script: the per-user Windows installer of Madoguchi (窓口).
;
; Built by .github/workflows/windows.yml after PyInstaller has made dist\madoguchi:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\madoguchi /DOutputDir=C:\...\dist
;            installer\madoguchi.iss
;
; It needs no administrator rights: it installs into the user's own program folder
; (%LOCALAPPDATA%\Programs\Madoguchi), writes its uninstall entry under HKCU, and makes a
; Start-menu shortcut for this user only. It never downloads anything.
;
; Madoguchi keeps its records elsewhere, in %LOCALAPPDATA%\Madoguchi (platformdirs'
; user data folder, see app/paths.py). Uninstalling keeps that folder, unless the user
; asks for it to be deleted and confirms (a silent uninstall always keeps it).
;
; This file is UTF-8 with a byte-order mark, which Inno Setup 6 needs to read the Japanese
; text in it.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=x.y.z (app/__init__.py's __version__)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\madoguchi"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif

#define AppName "Madoguchi"
#define ShortcutName "窓口 Madoguchi"
; Never change the AppId: upgrades and the uninstall entry are found by it.
#define AppId "{{7E8B9023-0B1B-41EF-8E55-B6C4E5AA85A4}"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#ShortcutName} {#AppVersion}
AppPublisher=Madoguchi
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#ShortcutName} setup
; Per user, no administrator rights, no elevation prompt.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; "x64" rather than 6.3's "x64compatible", so that older Inno Setup 6 builds compile it too
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=madoguchi-{#AppVersion}-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
UninstallDisplayName={#ShortcutName}
UninstallDisplayIcon={app}\madoguchi.exe
SetupIconFile=madoguchi.ico
SetupLogging=yes
CloseApplications=yes

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.DeleteData=Madoguchi のデータ（データベース、鍵ファイル、バックアップ、ログ）も削除しますか？%n%n%1%n%n記録を残す場合は「いいえ」を選んでください（おすすめ）。別の場所に置いたデータベースやバックアップは削除されません。
en.DeleteData=Also delete Madoguchi's data (the database, its key file, backups and logs)?%n%n%1%n%nChoose No to keep the records (recommended). Databases and backups kept in other places are not touched.
ja.DeleteDataConfirm=すべての記録が完全に削除され、元に戻せません。%n%n%1%n%n本当に削除しますか？
en.DeleteDataConfirm=Every record will be deleted for good; this cannot be undone.%n%n%1%n%nDelete it?
ja.DataKept=データは削除していません：%1
en.DataKept=The data was kept: %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files of the old version left in _internal (a Qt
; plugin of another Qt version, say) could be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#ShortcutName}"; Filename: "{app}\madoguchi.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\{#ShortcutName}"; Filename: "{app}\madoguchi.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\madoguchi.exe"; Description: "{cm:LaunchProgram,{#ShortcutName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the files PyInstaller put there, nothing the user made.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
var
  DeleteData: Boolean;

function DataFolder(): String;
begin
  { platformdirs.user_data_dir("Madoguchi", appauthor=False) on Windows }
  Result := ExpandConstant('{localappdata}\Madoguchi');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    DeleteData := False;
    { A silent uninstall (IT staff, scripts) never deletes records. }
    if (not UninstallSilent()) and DirExists(DataFolder()) then
      if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteData'), [DataFolder()]),
           mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DeleteData := SuppressibleMsgBox(
          FmtMessage(CustomMessage('DeleteDataConfirm'), [DataFolder()]),
          mbCriticalError, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  end;
  if CurUninstallStep = usPostUninstall then
  begin
    if DeleteData then
    begin
      DelTree(DataFolder(), True, True, True);
      { the window's own settings (recent user names, login language) }
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\Madoguchi');
    end
    else if DirExists(DataFolder()) then
      Log(FmtMessage(CustomMessage('DataKept'), [DataFolder()]));
  end;
end;
