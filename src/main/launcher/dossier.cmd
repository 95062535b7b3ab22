@echo off
rem The `dossier` command on Windows: runs dossier.jar from the folder of this file.
rem Put that folder on the PATH. JAVA_HOME, when set, chooses the Java (17 or later).
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -jar "%~dp0dossier.jar" %*
exit /b %ERRORLEVEL%
