@echo off
rem fieldreport for Windows: the same as the POSIX script `fieldreport` beside it. In a source checkout it builds
rem target\fieldreport.jar with Maven when it is missing or older than the sources; in the distribution
rem (bin\fieldreport.cmd beside lib\fieldreport.jar) it needs only a Java 17 runtime and records the
rem class-data-sharing archive into lib\ on the first `report` run. JAVA_HOME picks the runtime, FIELDREPORT_OPTS
rem adds JVM options.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
set "LOGOFF=-Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1"
rem the serial collector unless FIELDREPORT_OPTS names another
set "GC=-XX:+UseSerialGC"
echo.%FIELDREPORT_OPTS% | findstr /c:"GC" >nul && set "GC="
set "LOGOFF=%LOGOFF% %GC%"

if exist "%HERE%..\lib\fieldreport.jar" goto distribution

set "JAR=%HERE%target\fieldreport.jar"
set "ARCHIVE=%HERE%target\fieldreport.jsa"
set "STALE=1"
if exist "%JAR%" (
  for /f %%n in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; @(Get-ChildItem -LiteralPath '%HERE%pom.xml','%HERE%src\main','%HERE%templates' -Recurse -File | Where-Object { $_.LastWriteTime -gt $j }).Count"') do set "STALE=%%n"
)
if not "%STALE%"=="0" (
  where mvn >nul 2>nul || (
    echo fieldreport: target\fieldreport.jar is missing or older than the sources, and Maven ^(mvn^) is not on PATH: install Maven 3.8 or later, or build with `mvn -B package` 1>&2
    exit /b 5
  )
  echo fieldreport: building target\fieldreport.jar ^(mvn -B -q package -DskipTests; a minute or two^) ... 1>&2
  pushd "%HERE%"
  call mvn -B -q package -DskipTests 1>&2
  if errorlevel 1 (
    popd
    echo fieldreport: the build failed ^(see above^); `mvn -B package` in %HERE% shows the whole log 1>&2
    exit /b 5
  )
  popd
)
if exist "%ARCHIVE%" set "CDS=-XX:SharedArchiveFile=%ARCHIVE%"
goto run

:distribution
for %%d in ("%HERE%..\lib") do set "LIB=%%~fd"
set "JAR=%LIB%\fieldreport.jar"
set "ARCHIVE=%LIB%\fieldreport.jsa"
set "KEY=%JAVA% %JAR%"
set "RECORDED="
if exist "%ARCHIVE%.key" set /p RECORDED=<"%ARCHIVE%.key"
if exist "%ARCHIVE%" if "%RECORDED%"=="%KEY%" (
  set "CDS=-XX:SharedArchiveFile=%ARCHIVE%"
  goto run
)
if not "%~1"=="report" goto run
rem Recorded once, at the end of this run, then moved into place whole.
"%JAVA%" -XX:ArchiveClassesAtExit="%ARCHIVE%.new" %LOGOFF% %FIELDREPORT_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
if exist "%ARCHIVE%.new" (
  move /y "%ARCHIVE%.new" "%ARCHIVE%" >nul 2>nul && (echo %KEY%)>"%ARCHIVE%.key"
)
exit /b %CODE%

:run
"%JAVA%" %CDS% %LOGOFF% %FIELDREPORT_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
