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
; ticks the box to delete it and then confirms (a silent uninstall always keeps it).
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
ja.DataTitle=窓口 Madoguchi のアンインストール
en.DataTitle=Uninstall 窓口 Madoguchi
ja.DataNote=プログラムを削除します。記録（データベース、鍵ファイル、バックアップ、ログ）は次のフォルダーに残ります。%n%n%1%n%n別の場所に置いたデータベースやバックアップには触れません。
en.DataNote=The program will be removed. The records (the database, its key file, backups and logs) stay in this folder:%n%n%1%n%nDatabases and backups kept in other places are not touched.
ja.DataBox=記録も削除する（元に戻せません）
en.DataBox=Also delete the records (this cannot be undone)
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
; The prefecture's roll-up of towns' annual data files: no town database (docs/prefecture.md).
Name: "{userprograms}\{#ShortcutName} 都道府県集計"; Filename: "{app}\madoguchi.exe"; Parameters: "prefecture"; WorkingDir: "{app}"

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

{ The uninstall options: a note that the records stay, and a box to tick to delete them too
  (not ticked). Returns False when the user cancels the uninstall. }
function AskAboutData(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  { Inno Setup 6.6 takes the size when the form is made (and scales it itself) }
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(460, 200, True, True);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(460);
  Form.ClientHeight := ScaleY(200);
#endif
  try
    Form.Caption := CustomMessage('DataTitle');
    Form.Position := poScreenCenter;

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.Left := ScaleX(12);
    Note.Top := ScaleY(12);
    Note.Width := Form.ClientWidth - ScaleX(24);
    Note.Height := ScaleY(110);
    Note.Caption := FmtMessage(CustomMessage('DataNote'), [DataFolder()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Note.Top + Note.Height + ScaleY(6);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(20);
    Box.Caption := CustomMessage('DataBox');
    Box.Checked := False;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(88);
    CancelButton.Height := ScaleY(26);
    CancelButton.Left := Form.ClientWidth - CancelButton.Width - ScaleX(12);
    CancelButton.Top := Form.ClientHeight - CancelButton.Height - ScaleY(12);
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := CancelButton.Width;
    OkButton.Height := CancelButton.Height;
    OkButton.Left := CancelButton.Left - OkButton.Width - ScaleX(8);
    OkButton.Top := CancelButton.Top;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    DeleteData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  DeleteData := False;
  { A silent uninstall (IT staff, scripts) never deletes records, and asks nothing. }
  if UninstallSilent() or not DirExists(DataFolder()) then
    Exit;
  Result := AskAboutData();
  if Result and DeleteData then
    DeleteData := SuppressibleMsgBox(
      FmtMessage(CustomMessage('DeleteDataConfirm'), [DataFolder()]),
      mbCriticalError, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
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
