# Build the Windows release of SSA Desktop on a Windows machine: the frozen one-folder app,
# the self-test of both executables, then the Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python >= 3.11 x64 (the "py" launcher, or -Python C:\path\python.exe; best a
# fresh venv: the script installs the locked dependencies of packaging\constraints-release.txt
# into it, hash-checked, then SSA Desktop itself), and Inno Setup 6.3 or later (-Iscc to
# point at ISCC.exe).
# Result (exactly what packaging\windows\ssa-desktop.iss packs; tests/release/
# test_windows_packaging.py keeps the two in step):
#   build\dist\ssa-desktop\ssa-desktop.exe        the app (windowed, no console)
#   build\dist\ssa-desktop\ssa-desktop-cli.exe    the console companion (IT, scripts)
#   build\dist\ssa-desktop\_internal\             shared by both
#   build\installer\SSA-Desktop-<version>-Setup.exe   (Inno Setup: Intune, by hand)
#   build\installer\SSA-Desktop-<version>.msi         (WiX v4: GPO; -SkipMsi leaves it out)
#
# The MSI needs the WiX v4 tools: `dotnet tool install --global wix --version 4.*` (wix.exe)
# and heat.exe from the WixToolset.Heat 4.x NuGet package (-Heat to point at it); heat
# harvests build\dist\ssa-desktop into build\wix\files.wxs (component group AppFiles),
# which packaging\windows\ssa-desktop.wxs installs into %ProgramFiles%\SSA Desktop.
#
# Signing (optional, recommended for SmartScreen and Defender): set SSA_SIGN_COMMAND to a
# SignTool command line with $f where the file goes, e.g.
#   $env:SSA_SIGN_COMMAND = 'signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /sha1 <THUMBPRINT> $f'
# Both executables are signed before packing; the installer and its uninstaller are signed
# by Inno Setup through the same command (SignTool=ssasign, SignedUninstaller=yes).
param(
    [string]$Python = "py",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [string]$Wix = "wix.exe",
    [string]$Heat = "heat.exe",
    [string]$HelpLink = "",     # Apps & Features: the Träger IT's help page (optional)
    [string]$Contact = "",      # Apps & Features: the Träger IT's contact (optional)
    [switch]$SkipInstaller,
    [switch]$SkipMsi
)
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Assert-Exit([string]$What) {
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

function Invoke-Sign([string]$File) {
    $command = $env:SSA_SIGN_COMMAND.Replace('$f', "`"$File`"")
    cmd /c $command
    Assert-Exit "signing $File"
}

& $Python -c "import struct, sys; sys.exit(0 if struct.calcsize('P') == 8 else 1)"
Assert-Exit "64-bit Python check (the installer is x64 only; use a 64-bit Python)"

Write-Host "== the release's locked dependencies (packaging\constraints-release.txt, hash-checked) =="
& $Python -m pip install -q --require-hashes -r packaging\constraints-release.txt
Assert-Exit "pip install of the locked dependencies"
& $Python -m pip install -q --no-deps .
Assert-Exit "pip install of SSA Desktop"

$version = (Select-String -Path ssa_desktop\__init__.py -Pattern '__version__ = "([^"]+)"').Matches[0].Groups[1].Value
# the four-number form for Windows (0.2.0rc1 -> 0.2.0.3001, below 0.2.0 -> 0.2.0.4000)
$winVersion = & $Python tools\windows_version.py
Assert-Exit "tools\windows_version.py (a version Windows cannot order)"
Write-Host "== SSA Desktop $version ($winVersion): frozen build (PyInstaller) =="
& $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath build\dist --workpath build\work packaging\ssa_desktop.spec
Assert-Exit "PyInstaller"
$dist = Join-Path (Get-Location) "build\dist\ssa-desktop"

Write-Host "== self-test of the console companion =="
& "$dist\ssa-desktop-cli.exe" self-test
Assert-Exit "ssa-desktop-cli.exe self-test"

Write-Host "== self-test of the windowed app (no console: result through the file) =="
$result = Join-Path (Get-Location) "build\selftest-windowed.txt"
$app = Start-Process -FilePath "$dist\ssa-desktop.exe" -ArgumentList "self-test --result-file `"$result`"" -Wait -PassThru
Get-Content -Path $result -Encoding UTF8
if ($app.ExitCode -ne 0) { throw "ssa-desktop.exe self-test failed (exit code $($app.ExitCode))" }

if ($env:SSA_SIGN_COMMAND) {
    Write-Host "== signing the executables =="
    Invoke-Sign "$dist\ssa-desktop.exe"
    Invoke-Sign "$dist\ssa-desktop-cli.exe"
}
if ($SkipInstaller) { return }

Write-Host "== installer (Inno Setup) =="
$isccArgs = @("/DAppVersion=$version", "/DWinVersion=$winVersion")
if ($HelpLink) { $isccArgs += "/DHelpLink=$HelpLink" }
if ($Contact) { $isccArgs += "/DContact=$Contact" }
if ($env:SSA_SIGN_COMMAND) { $isccArgs += "/DSign", "/Sssasign=$($env:SSA_SIGN_COMMAND)" }
& $Iscc @isccArgs packaging\windows\ssa-desktop.iss
Assert-Exit "ISCC"

if (-not $SkipMsi) {
    Write-Host "== MSI (WiX v4) =="
    New-Item -ItemType Directory -Force -Path build\wix | Out-Null
    & $Heat dir build\dist\ssa-desktop -cg AppFiles -dr INSTALLFOLDER -srd -sreg -scom -ag -var var.BuildDir -out build\wix\files.wxs
    Assert-Exit "heat"
    $msi = "build\installer\SSA-Desktop-$version.msi"
    # the first three numbers and the fourth apart: the MSI refuses a lower fourth number
    $parts = $winVersion.Split('.')
    $wixArgs = @("-d", "AppVersion3=$($parts[0..2] -join '.')", "-d", "AppBuild=$($parts[3])")
    if ($HelpLink) { $wixArgs += "-d", "HelpLink=$HelpLink" }
    if ($Contact) { $wixArgs += "-d", "Contact=$Contact" }
    & $Wix build -arch x64 -d "AppVersion=$winVersion" -d "BuildDir=$dist" @wixArgs packaging\windows\ssa-desktop.wxs build\wix\files.wxs -o $msi
    Assert-Exit "wix build"
    if ($env:SSA_SIGN_COMMAND) { Invoke-Sign (Resolve-Path $msi) }
}
Get-ChildItem build\installer | Format-Table Name, Length
