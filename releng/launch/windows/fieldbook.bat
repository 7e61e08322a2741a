@echo off
rem Starts the Fieldbook client from this unpacked product (there is no native launcher).
rem   FIELDBOOK_BACKOFFICE_URL  Web API root to sync with (default http://127.0.0.1:8080/api/data/v9.2/)
rem   FIELDBOOK_JAVA_HOME  a Java 21+ to use; otherwise JAVA_HOME, java on the PATH or a usual install folder
rem   FIELDBOOK_VM_ARGS    extra JVM arguments
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA_BIN="
for %%H in ("%FIELDBOOK_JAVA_HOME%" "%JAVA_HOME%") do (
  if not defined JAVA_BIN if not "%%~H"=="" if exist "%%~H\bin\java.exe" set "JAVA_BIN=%%~H\bin"
)
if not defined JAVA_BIN for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_BIN=%%~dp$PATH:J"
if not defined JAVA_BIN for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\j*" "%ProgramFiles%\Java\j*" "%ProgramFiles%\Microsoft\jdk-*") do (
  if exist "%%~D\bin\java.exe" set "JAVA_BIN=%%~D\bin"
)
if not defined JAVA_BIN goto :nojava
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('""!JAVA_BIN!\java.exe" -version 2>&1 | findstr /i "version""') do set "JAVA_VERSION=%%~V"
for /f "delims=." %%M in ("!JAVA_VERSION!") do set "JAVA_MAJOR=%%M"
if not defined JAVA_MAJOR goto :nojava
if !JAVA_MAJOR! LSS 21 goto :nojava
call "%HERE%launcher.bat" || goto :nolauncher
if not defined FIELDBOOK_BACKOFFICE_URL set "FIELDBOOK_BACKOFFICE_URL=http://127.0.0.1:8080/api/data/v9.2/"
rem Java is there: the client runs under a minimized copy of this script, which waits for it: exit code 23 (restart after an
rem update) starts it again with the launcher the updated configuration names.
if not "%FIELDBOOK_WATCHER%"=="1" (
  set "FIELDBOOK_WATCHER=1"
  start "Fieldbook" /min cmd /c ""%~f0" %*"
  exit /b 0
)
:run
"!JAVA_BIN!\javaw.exe" -Xms64m -Xmx1g "-Dfieldbook.backoffice.url=%FIELDBOOK_BACKOFFICE_URL%" %FIELDBOOK_VM_ARGS% -jar "!LAUNCHER!" %*
set "STATUS=!ERRORLEVEL!"
if not "!STATUS!"=="23" exit /b !STATUS!
call "%HERE%launcher.bat" || goto :nolauncher
goto :run

:nolauncher
pause
exit /b 1

:nojava
echo Fieldbook needs Java 21 or newer (found: "!JAVA_VERSION!" at "!JAVA_BIN!").
echo Install a JDK 21+ (for example Eclipse Temurin 25) and set FIELDBOOK_JAVA_HOME or JAVA_HOME to it.
pause
exit /b 1
