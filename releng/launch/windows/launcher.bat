@echo off
rem Called by the product launch scripts: sets LAUNCHER to the Equinox launcher this installation is
rem configured with. After a p2 update plugins\ holds the old and the new launcher side by side, so a
rem glob may pick the wrong one; the configuration always names the right one: the -startup entry of
rem eclipse.ini when there is one, otherwise the launcher bundle listed in bundles.info (rewritten by p2).
set "LAUNCHER="
set "FB_HERE=%~dp0"
set "FB_NEXT="
if exist "%FB_HERE%eclipse.ini" for /f "usebackq delims=" %%L in ("%FB_HERE%eclipse.ini") do (
  if defined FB_NEXT if not defined LAUNCHER set "LAUNCHER=%FB_HERE%%%L"
  set "FB_NEXT="
  if "%%L"=="-startup" set "FB_NEXT=1"
)
if defined LAUNCHER goto :check
set "FB_INFO=%FB_HERE%configuration\org.eclipse.equinox.simpleconfigurator\bundles.info"
if exist "%FB_INFO%" for /f "usebackq eol=# tokens=1,3 delims=," %%A in ("%FB_INFO%") do (
  if "%%A"=="org.eclipse.equinox.launcher" if not defined LAUNCHER set "LAUNCHER=%FB_HERE%%%B"
)
:check
if defined LAUNCHER set "LAUNCHER=%LAUNCHER:/=\%"
if defined LAUNCHER if exist "%LAUNCHER%" exit /b 0
echo No Equinox launcher is configured in %FB_HERE%configuration (or it is missing: "%LAUNCHER%"); the installation is damaged.
set "LAUNCHER="
exit /b 1
