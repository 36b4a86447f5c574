# Build the Windows one-folder app, a .zip of it and an installer, then prove it with its self-test.
#   packaging\build-windows.ps1  -> packaging\dist\VisaCase\, VisaCase-windows-x64.zip, VisaCase-setup.exe
# The same steps as build-linux.sh (change them together). The development machines run Linux, so
# this script runs only in CI, on a hosted Windows runner (.github/workflows/build.yml).
# $env:VISACASE_PYTHON = a python with the app's and PyInstaller's packages uses it instead of .venv.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$python = if ($env:VISACASE_PYTHON) { $env:VISACASE_PYTHON } else { ".venv\Scripts\python.exe" }
if (-not $env:VISACASE_PYTHON) {
  if (-not (Test-Path $python)) { python -m venv .venv }
  & $python -m pip install -q --disable-pip-version-check -e ".[build]"
  if ($LASTEXITCODE) { throw "build-windows.ps1: pip install failed" }
}

Remove-Item -Recurse -Force packaging\build, packaging\dist -ErrorAction SilentlyContinue
& $python -m PyInstaller --noconfirm --log-level WARN `
  --distpath packaging\dist --workpath packaging\build packaging\visacase.spec
if ($LASTEXITCODE) { throw "build-windows.ps1: PyInstaller failed" }
$app = "packaging\dist\VisaCase"
Compress-Archive -Path $app -DestinationPath packaging\dist\VisaCase-windows-x64.zip -Force

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $iscc) {
  $version = & $python -c "import desktop_app; print(desktop_app.__version__)"
  & $iscc /Qp "/DAppVersion=$version" packaging\visacase.iss
  if ($LASTEXITCODE) { throw "build-windows.ps1: Inno Setup failed" }
} else {
  Write-Warning "Inno Setup 6 (ISCC.exe) not found: built the .zip but no installer"
}
Get-ChildItem packaging\dist -File | Format-Table Name, Length

& "$app\VisaCase.exe" --self-test
if ($LASTEXITCODE) { throw "build-windows.ps1: self-test failed (exit $LASTEXITCODE)" }
