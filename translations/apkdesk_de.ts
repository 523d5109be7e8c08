<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Extract a verified .apk package&apos;s files into a folder</source>
        <translation>Die Dateien eines geprüften .apk-Pakets in einen Ordner entpacken</translation>
    </message>
    <message>
        <source>Extract even when the package is not trusted (unsafe paths are still refused).</source>
        <translation>Auch entpacken, wenn das Paket nicht vertrauenswürdig ist (unsichere Pfade werden weiterhin abgelehnt).</translation>
    </message>
    <message>
        <source>Replace files that already exist in DIR.</source>
        <translation>Dateien ersetzen, die in DIR bereits existieren.</translation>
    </message>
    <message>
        <source>Package file (.apk).</source>
        <translation>Paketdatei (.apk).</translation>
    </message>
    <message>
        <source>Target folder (created if missing).</source>
        <translation>Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>give a package and a target folder</source>
        <translation>geben Sie ein Paket und einen Zielordner an</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Download a package from a repository, checked against its index</source>
        <translation>Ein Paket aus einem Repository herunterladen, gegen dessen Index geprüft</translation>
    </message>
    <message>
        <source>Downloads NAME (its newest version) from the repository folder URL (or the folder of the APKINDEX.tar.gz URL). The index must verify against the trusted keys; the package is kept only when its control checksum equals the index&apos;s C: field.</source>
        <translation>Lädt NAME (seine neueste Version) aus dem Repository-Ordner URL (oder dem Ordner der APKINDEX.tar.gz-URL) herunter. Der Index muss gegen die vertrauenswürdigen Schlüssel stimmen; das Paket wird nur behalten, wenn seine Kontrollprüfsumme dem C:-Feld des Index entspricht.</translation>
    </message>
    <message>
        <source>Folder to write the package to (default: the current folder).</source>
        <translation>Ordner, in den das Paket geschrieben wird (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Repository folder (…/&lt;version&gt;/&lt;repo&gt;/&lt;arch&gt;/).</source>
        <translation>Repository-Ordner (…/&lt;Version&gt;/&lt;Repo&gt;/&lt;Arch&gt;/).</translation>
    </message>
    <message>
        <source>Package name.</source>
        <translation>Paketname.</translation>
    </message>
    <message>
        <source>expected: fetch URL NAME</source>
        <translation>erwartet: fetch URL NAME</translation>
    </message>
    <message>
        <source>no package named &apos;%1&apos; in the index</source>
        <translation>kein Paket namens „%1“ im Index</translation>
    </message>
    <message>
        <source>%1: %2 bytes, control checksum %3 matches the index</source>
        <translation>%1: %2 Byte, Kontrollprüfsumme %3 passt zum Index</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show what an .apk package holds and who signed it</source>
        <translation>Zeigen, was ein .apk-Paket enthält und wer es signiert hat</translation>
    </message>
    <message>
        <source>Package file (.apk).</source>
        <translation>Paketdatei (.apk).</translation>
    </message>
    <message>
        <source>give exactly one package</source>
        <translation>geben Sie genau ein Paket an</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message numerus="yes">
        <source>%n signature block(s)</source>
        <translation>
            <numerusform>%n Signaturblock</numerusform>
            <numerusform>%n Signaturblöcke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepoCommand</name>
    <message>
        <source>List a repository server&apos;s versions, repositories and arches</source>
        <translation>Versionen, Repositorys und Architekturen eines Repository-Servers auflisten</translation>
    </message>
    <message>
        <source>repo ls URL: reads the server&apos;s directory listings (reposerve, nginx, Apache, or a local folder) and prints &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt; folders.</source>
        <translation>repo ls URL: liest die Verzeichnislisten des Servers (reposerve, nginx, Apache oder ein lokaler Ordner) und gibt die Ordner &lt;Version&gt;/&lt;Repository&gt;/&lt;Arch&gt; aus.</translation>
    </message>
    <message>
        <source>Do not list each arch folder to look for APKINDEX.tar.gz.</source>
        <translation>Nicht jeden Architekturordner nach APKINDEX.tar.gz durchsuchen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Architecture for &apos;import&apos; (default: this machine&apos;s).</source>
        <translation>Architektur für „import“ (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>&apos;ls URL&apos;: the server tree; &apos;import [FILE]&apos;: the repositories of an /etc/apk/repositories file as index URLs.</source>
        <translation>„ls URL“: der Serverbaum; „import [FILE]“: die Repositorys einer /etc/apk/repositories-Datei als Index-URLs.</translation>
    </message>
    <message>
        <source>The server&apos;s root URL or a local folder; the repositories file.</source>
        <translation>Die Wurzel-URL des Servers oder ein lokaler Ordner; die repositories-Datei.</translation>
    </message>
    <message>
        <source>expected: repo ls URL, or repo import [FILE]</source>
        <translation>erwartet: repo ls URL oder repo import [FILE]</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>keys folder does not exist</source>
        <translation>der Schlüsselordner existiert nicht</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>%1-bit RSA key is too weak to be trusted (minimum %2 bits)</source>
        <translation>ein RSA-Schlüssel mit %1 Bit ist zu schwach, um ihm zu vertrauen (mindestens %2 Bit)</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload packages to reposerve or a Gitea/Forgejo registry and confirm them in its index</source>
        <translation>Pakete zu reposerve oder einer Gitea/Forgejo-Registry hochladen und im Index bestätigen</translation>
    </message>
    <message>
        <source>Uploads packages (files, or folders laid out as abuild leaves them: &lt;repo&gt;/&lt;arch&gt;/*.apk), one request per target arch, then downloads the server&apos;s index again and checks that it is signed by a trusted key and lists every package with the same checksum. Exits 0 only then. The token is read from an environment variable or standard input.</source>
        <translation>Lädt Pakete hoch (Dateien oder Ordner in der Struktur, die abuild hinterlässt: &lt;repo&gt;/&lt;arch&gt;/*.apk), eine Anfrage pro Zielarchitektur, lädt dann den Index des Servers erneut herunter und prüft, dass er von einem vertrauenswürdigen Schlüssel signiert ist und jedes Paket mit derselben Prüfsumme aufführt. Nur dann ist der Exit-Code 0. Das Token wird aus einer Umgebungsvariablen oder der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://repo.example.com.</source>
        <translation>Serveradresse, z. B. https://repo.example.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>reposerve (default) or gitea (also Forgejo).</source>
        <translation>reposerve (Standard) oder gitea (auch Forgejo).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Read the token from this environment variable.</source>
        <translation>Das Token aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input.</source>
        <translation>Das Token aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Gitea: the user the token belongs to.</source>
        <translation>Gitea: der Benutzer, dem das Token gehört.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Gitea: the user or organisation owning the packages (default: --user).</source>
        <translation>Gitea: der Benutzer oder die Organisation, der die Pakete gehören (Standard: --user).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Alpine version folder, e.g. v3.21 (Gitea: branch). Default edge.</source>
        <translation>Alpine-Versionsordner, z. B. v3.21 (Gitea: Zweig). Standard edge.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Repository, e.g. main (default: from the folder layout, else main).</source>
        <translation>Repository, z. B. main (Standard: aus der Ordnerstruktur, sonst main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Target arch (default: each package&apos;s, or its folder&apos;s).</source>
        <translation>Zielarchitektur (Standard: die des jeweiligen Pakets oder seines Ordners).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Trusted public keys folder (repeatable; default: the configured ones).</source>
        <translation>Ordner mit vertrauenswürdigen öffentlichen Schlüsseln (wiederholbar; Standard: die konfigurierten).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Extra CA certificate(s) (PEM) to trust for this server.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen für diesen Server vertraut wird.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Allow sending the token over plain http to a host that is not this machine.</source>
        <translation>Erlauben, das Token über unverschlüsseltes http an einen anderen Rechner als diesen zu senden.</translation>
    </message>
    <message>
        <source>Also send packages not signed by a trusted key.</source>
        <translation>Auch Pakete senden, die nicht von einem vertrauenswürdigen Schlüssel signiert sind.</translation>
    </message>
    <message>
        <source>Seconds without progress before giving up (default 60).</source>
        <translation>Sekunden ohne Fortschritt, bevor aufgegeben wird (Standard 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Packages or folders.</source>
        <translation>Pakete oder Ordner.</translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation>--server ist erforderlich.</translation>
    </message>
    <message>
        <source>Name at least one package or folder.</source>
        <translation>Geben Sie mindestens ein Paket oder einen Ordner an.</translation>
    </message>
    <message>
        <source>A Gitea upload needs --token-env or --token-stdin.</source>
        <translation>Ein Gitea-Upload braucht --token-env oder --token-stdin.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>No .apk file found.</source>
        <translation>Keine .apk-Datei gefunden.</translation>
    </message>
</context>
<context>
    <name>apkdesk</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>file:// sources are refused: the file must be next to the APKBUILD</source>
        <translation>file://-Quellen werden abgelehnt: die Datei muss neben dem APKBUILD liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; renames something that is not an http, https or ftp URL</source>
        <translation>„%1“ benennt etwas um, das keine http-, https- oder ftp-URL ist</translation>
    </message>
    <message>
        <source>the name before &apos;::&apos; must be a plain file name, not a path</source>
        <translation>der Name vor „::“ muss ein einfacher Dateiname sein, kein Pfad</translation>
    </message>
    <message>
        <source>absolute path: local sources are relative to the APKBUILD&apos;s folder</source>
        <translation>absoluter Pfad: lokale Quellen sind relativ zum Ordner des APKBUILD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the APKBUILD&apos;s folder</source>
        <translation>„%1“ verlässt den Ordner des APKBUILD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a file</source>
        <translation>„%1“ bezeichnet keine Datei</translation>
    </message>
    <message>
        <source>unknown subpackage arch &apos;%1&apos;</source>
        <translation>unbekannte Architektur „%1“ für Unterpaket</translation>
    </message>
    <message>
        <source>line %1: %2; the checksums are not rewritten until this is resolved</source>
        <translation>Zeile %1: %2; die Prüfsummen werden erst neu geschrieben, wenn das behoben ist</translation>
    </message>
    <message>
        <source>%1: %2 (the old checksum is kept)</source>
        <translation>%1: %2 (die alte Prüfsumme bleibt erhalten)</translation>
    </message>
    <message>
        <source>%1: %2 (no checksum to keep: the line is left out)</source>
        <translation>%1: %2 (keine Prüfsumme zu behalten: die Zeile entfällt)</translation>
    </message>
    <message>
        <source>%1: new sha512 checksum</source>
        <translation>%1: neue sha512-Prüfsumme</translation>
    </message>
    <message>
        <source>%1 changed upstream while pkgver stayed %2: the file behind %3 is not the one the old checksum was made from. Check why before accepting it.</source>
        <translation>%1 hat sich upstream geändert, obwohl pkgver bei %2 blieb: die Datei hinter %3 ist nicht die, aus der die alte Prüfsumme stammt. Prüfen Sie den Grund, bevor Sie sie übernehmen.</translation>
    </message>
    <message>
        <source>%1: checksum changed</source>
        <translation>%1: Prüfsumme geändert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>the APKBUILD has no %1= assignment</source>
        <translation>das APKBUILD hat keine Zuweisung %1=</translation>
    </message>
    <message>
        <source>line %1: %2 is assigned inside a condition or loop; edit it by hand</source>
        <translation>Zeile %1: %2 wird in einer Bedingung oder Schleife zugewiesen; bitte von Hand bearbeiten</translation>
    </message>
    <message>
        <source>line %1: %2 is built from other variables or commands; edit it by hand</source>
        <translation>Zeile %1: %2 wird aus anderen Variablen oder Befehlen gebildet; bitte von Hand bearbeiten</translation>
    </message>
    <message>
        <source>after the edit the file reads pkgver=%1 pkgrel=%2, not %3-r%4; nothing was changed</source>
        <translation>nach der Änderung ergäbe die Datei pkgver=%1 pkgrel=%2 statt %3-r%4; nichts wurde geändert</translation>
    </message>
    <message>
        <source>not a gzip member (no 1f 8b magic)</source>
        <translation>kein gzip-Member (keine 1f-8b-Signatur)</translation>
    </message>
    <message>
        <source>unsupported gzip compression method %1</source>
        <translation>nicht unterstützte gzip-Kompressionsmethode %1</translation>
    </message>
    <message>
        <source>reserved gzip header flags set (0x%1)</source>
        <translation>reservierte Flags im gzip-Header gesetzt (0x%1)</translation>
    </message>
    <message>
        <source>gzip header CRC mismatch</source>
        <translation>CRC des gzip-Headers stimmt nicht</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot set file permissions</source>
        <translation>Dateirechte können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>short write: %1</source>
        <translation>unvollständiger Schreibvorgang: %1</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>control character in path</source>
        <translation>Steuerzeichen im Pfad</translation>
    </message>
    <message>
        <source>&apos;..&apos; in path</source>
        <translation>„..“ im Pfad</translation>
    </message>
    <message>
        <source>the directory listing is larger than %1 bytes</source>
        <translation>die Verzeichnisliste ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>not a signature entry name apk recognises</source>
        <translation>kein Name eines Signatureintrags, den apk erkennt</translation>
    </message>
    <message>
        <source>key name contains &apos;/&apos;: never matched against a key</source>
        <translation>Schlüsselname enthält „/“: passt nie zu einem Schlüssel</translation>
    </message>
    <message>
        <source>DSA signatures are not supported</source>
        <translation>DSA-Signaturen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>signature of %1 bytes is over apk&apos;s 64 KiB limit</source>
        <translation>Signatur mit %1 Byte überschreitet die 64-KiB-Grenze von apk</translation>
    </message>
    <message>
        <source>no trusted key named %1</source>
        <translation>kein vertrauenswürdiger Schlüssel namens %1</translation>
    </message>
    <message>
        <source>the signed bytes are incomplete</source>
        <translation>die signierten Bytes sind unvollständig</translation>
    </message>
    <message>
        <source>The token is not a valid JWT: %1</source>
        <translation>Das Token ist kein gültiges JWT: %1</translation>
    </message>
    <message>
        <source>the %1 is not base64url text</source>
        <translation>%1 ist kein base64url-Text</translation>
    </message>
    <message>
        <source>the %1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is not a number</source>
        <translation>der Claim „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is out of range</source>
        <translation>der Claim „%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be a single folder name.</source>
        <translation>%1 „%2“ muss ein einzelner Ordnername sein.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains spaces or control characters.</source>
        <translation>%1 „%2“ enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>unsafe entry: %1</source>
        <translation>unsicherer Eintrag: %1</translation>
    </message>
    <message>
        <source>the package holds &apos;%1&apos; more than once</source>
        <translation>das Paket enthält „%1“ mehrfach</translation>
    </message>
    <message>
        <source>too many entries to check them all before extracting</source>
        <translation>zu viele Einträge, um alle vor dem Entpacken zu prüfen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be written through the symlink &apos;%2&apos;</source>
        <translation>„%1“ würde über den symbolischen Link „%2“ geschrieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be written through the existing symlink &apos;%2&apos; in the target folder</source>
        <translation>„%1“ würde über den vorhandenen symbolischen Link „%2“ im Zielordner geschrieben</translation>
    </message>
    <message>
        <source>hardlink &apos;%1&apos; points to &apos;%2&apos;, which is not a file of this package</source>
        <translation>der harte Link „%1“ zeigt auf „%2“, das keine Datei dieses Pakets ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists in the target folder</source>
        <translation>„%1“ existiert bereits im Zielordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in the target folder as a folder</source>
        <translation>„%1“ existiert im Zielordner als Ordner</translation>
    </message>
    <message>
        <source>SHA-512 is not available</source>
        <translation>SHA-512 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>SHA-512 failed</source>
        <translation>SHA-512 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>apkdesk::AdbStream</name>
    <message>
        <source>damaged deflate stream</source>
        <translation>beschädigter Deflate-Strom</translation>
    </message>
</context>
<context>
    <name>apkdesk::AdbSummary</name>
    <message>
        <source>not an ADB file</source>
        <translation>keine ADB-Datei</translation>
    </message>
    <message>
        <source>ADBc header without its compression spec</source>
        <translation>ADBc-Header ohne Kompressionsangabe</translation>
    </message>
    <message>
        <source>unknown ADB magic</source>
        <translation>unbekannte ADB-Signatur</translation>
    </message>
    <message>
        <source>the ADB stream ends before its header</source>
        <translation>der ADB-Strom endet vor seinem Header</translation>
    </message>
    <message>
        <source>the ADB stream has no ADB. header</source>
        <translation>der ADB-Strom hat keinen ADB.-Header</translation>
    </message>
    <message>
        <source>ADB block header cut</source>
        <translation>ADB-Blockheader abgeschnitten</translation>
    </message>
    <message>
        <source>ADB block smaller than its header</source>
        <translation>ADB-Block kleiner als sein Header</translation>
    </message>
    <message>
        <source>ADB block of %1 bytes</source>
        <translation>ADB-Block mit %1 Byte</translation>
    </message>
    <message>
        <source>ADB block cut</source>
        <translation>ADB-Block abgeschnitten</translation>
    </message>
</context>
<context>
    <name>apkdesk::ApkIndex</name>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Installed size</source>
        <translation>Installierte Größe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>Bauzeit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Provider priority</source>
        <translation>Anbieterpriorität</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Stellt bereit</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installieren wenn</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Replaces priority</source>
        <translation>Ersetzungspriorität</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the index text is %1 bytes, more than the limit of %2</source>
        <translation>der Indextext hat %1 Byte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>NUL byte in the index text</source>
        <translation>NUL-Byte im Indextext</translation>
    </message>
    <message>
        <source>line of more than %1 bytes</source>
        <translation>Zeile mit mehr als %1 Byte</translation>
    </message>
    <message>
        <source>line of %1 bytes, more than the limit of %2</source>
        <translation>Zeile mit %1 Byte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>expected a field line &apos;X:value&apos;, found &quot;%1&quot;</source>
        <translation>Feldzeile „X:Wert“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; of %3: is not a number in range</source>
        <translation>%1: Wert „%2“ von %3: ist keine Zahl im gültigen Bereich</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>record without a package name (P:)</source>
        <translation>Eintrag ohne Paketnamen (P:)</translation>
    </message>
    <message>
        <source>%1: record without a version (V:)</source>
        <translation>%1: Eintrag ohne Version (V:)</translation>
    </message>
    <message>
        <source>%1: record without a checksum (C:)</source>
        <translation>%1: Eintrag ohne Prüfsumme (C:)</translation>
    </message>
    <message>
        <source>%1: C: &quot;%2&quot; is not Q1/Q2 followed by the base64 of a digest</source>
        <translation>%1: C: „%2“ ist nicht Q1/Q2 gefolgt vom Base64 eines Digests</translation>
    </message>
    <message>
        <source>%1-%2 appears twice with different checksums (C:), first at line %3</source>
        <translation>%1-%2 kommt zweimal mit unterschiedlichen Prüfsummen (C:) vor, zuerst in Zeile %3</translation>
    </message>
    <message>
        <source>line %1: %2-%3 repeats the record at line %4; the copy is ignored</source>
        <translation>Zeile %1: %2-%3 wiederholt den Eintrag aus Zeile %4; die Kopie wird ignoriert</translation>
    </message>
    <message>
        <source>%1 more repeated records ignored</source>
        <translation>%1 weitere wiederholte Einträge ignoriert</translation>
    </message>
    <message>
        <source>the index text ends after %1 of %2 bytes</source>
        <translation>der Indextext endet nach %1 von %2 Byte</translation>
    </message>
</context>
<context>
    <name>apkdesk::Apkbuild</name>
    <message>
        <source>cannot read the APKBUILD: %1</source>
        <translation>das APKBUILD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB: not an APKBUILD</source>
        <translation>die Datei ist größer als 16 MiB: kein APKBUILD</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>default $srcdir/$pkgname-$pkgver with a value that is not known</source>
        <translation>Standard $srcdir/$pkgname-$pkgver mit einem unbekannten Wert</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumLayout</name>
    <message>
        <source>the file has CRLF line ends (abuild stops at the first blank line with &quot;\r: not found&quot;); convert it to LF first</source>
        <translation>die Datei hat CRLF-Zeilenenden (abuild bricht an der ersten Leerzeile mit „\r: not found“ ab); wandeln Sie sie zuerst in LF um</translation>
    </message>
    <message>
        <source>%1; the checksums are not rewritten until this is resolved</source>
        <translation>%1; die Prüfsummen werden erst neu geschrieben, wenn das behoben ist</translation>
    </message>
    <message>
        <source>%1 is assigned inside a condition or loop</source>
        <translation>%1 wird in einer Bedingung oder Schleife zugewiesen</translation>
    </message>
    <message>
        <source>%1 is assigned more than once (the block is split)</source>
        <translation>%1 wird mehrfach zugewiesen (der Block ist aufgeteilt)</translation>
    </message>
    <message>
        <source>%1 is built from variables or commands</source>
        <translation>%1 wird aus Variablen oder Befehlen gebildet</translation>
    </message>
    <message>
        <source>%1 does not start at the beginning of its line</source>
        <translation>%1 beginnt nicht am Zeilenanfang</translation>
    </message>
    <message>
        <source>other text follows the closing quote of %1</source>
        <translation>nach dem schließenden Anführungszeichen von %1 folgt weiterer Text</translation>
    </message>
    <message>
        <source>%1 shares a line with %2</source>
        <translation>%1 steht in derselben Zeile wie %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumPlan</name>
    <message>
        <source>the source list cannot be expanded statically (%1)</source>
        <translation>die Quellenliste kann nicht statisch expandiert werden (%1)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is refused: %2</source>
        <translation>Quelle „%1“ wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>duplicate found in $source: %1 (rename one with &apos;name::url&apos;)</source>
        <translation>Duplikat in $source: %1 (benennen Sie eines mit „name::url“ um)</translation>
    </message>
    <message>
        <source>no cache folder for downloaded sources</source>
        <translation>kein Cache-Ordner für heruntergeladene Quellen</translation>
    </message>
    <message>
        <source>local source &apos;%1&apos; leads outside the APKBUILD&apos;s folder (to %2)</source>
        <translation>lokale Quelle „%1“ führt aus dem Ordner des APKBUILD heraus (nach %2)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumRefresh</name>
    <message>
        <source>a checksum refresh is already running</source>
        <translation>eine Prüfsummenaktualisierung läuft bereits</translation>
    </message>
    <message>
        <source>cannot create the source cache folder</source>
        <translation>der Cache-Ordner für Quellen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>local file %1 is missing</source>
        <translation>lokale Datei %1 fehlt</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of %1 (a redirect to an error or mirror page?)</source>
        <translation>der Server antwortete mit einer HTML-Seite statt %1 (Weiterleitung auf eine Fehler- oder Mirror-Seite?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>ftp:// downloads are not supported; put %1 into %2 and reuse cached files</source>
        <translation>ftp://-Downloads werden nicht unterstützt; legen Sie %1 in %2 ab und verwenden Sie zwischengespeicherte Dateien</translation>
    </message>
</context>
<context>
    <name>apkdesk::DependencyAtom</name>
    <message>
        <source>empty dependency</source>
        <translation>leere Abhängigkeit</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an operator but no version</source>
        <translation>Abhängigkeit „%1“ hat einen Operator, aber keine Version</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid checksum</source>
        <translation>Abhängigkeit „%1“ hat eine ungültige Prüfsumme</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid version</source>
        <translation>Abhängigkeit „%1“ hat eine ungültige Version</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an empty repository tag</source>
        <translation>Abhängigkeit „%1“ hat ein leeres Repository-Tag</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid character in its repository tag</source>
        <translation>Abhängigkeit „%1“ enthält ein ungültiges Zeichen im Repository-Tag</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has no name</source>
        <translation>Abhängigkeit „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid character in its name</source>
        <translation>Abhängigkeit „%1“ enthält ein ungültiges Zeichen im Namen</translation>
    </message>
</context>
<context>
    <name>apkdesk::DiscoveryJob</name>
    <message>
        <source>stopped after %1 listings: %2 was not read</source>
        <translation>nach %1 Verzeichnislisten angehalten: %2 wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 has more than %2 folders; only the first were read</source>
        <translation>%1 hat mehr als %2 Ordner; nur die ersten wurden gelesen</translation>
    </message>
</context>
<context>
    <name>apkdesk::DownloadJob</name>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the server refused to resume (HTTP 416)</source>
        <translation>der Server hat die Fortsetzung abgelehnt (HTTP 416)</translation>
    </message>
    <message>
        <source>the server answered the resume with a different range or file; restarting</source>
        <translation>der Server antwortete auf die Fortsetzung mit einem anderen Bereich oder einer anderen Datei; Neustart</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>die Datei hat %1 Byte, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the download exceeds the limit of %1 bytes</source>
        <translation>der Download überschreitet die Grenze von %1 Byte</translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation>der Download kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot move the download into place: %1</source>
        <translation>der Download kann nicht an seinen Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
</context>
<context>
    <name>apkdesk::Error</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (bei Byte %1)</translation>
    </message>
</context>
<context>
    <name>apkdesk::FileSigner</name>
    <message>
        <source>cannot seek: %1</source>
        <translation>Positionierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>unvollständiger Lesevorgang</translation>
    </message>
    <message>
        <source>the file changed while signing</source>
        <translation>die Datei hat sich während des Signierens geändert</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>refusing to sign: the package is damaged (%1)</source>
        <translation>Signieren verweigert: das Paket ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>refusing to sign: the package has no .PKGINFO</source>
        <translation>Signieren verweigert: das Paket hat keine .PKGINFO</translation>
    </message>
    <message>
        <source>refusing to sign: the data does not match the datahash in .PKGINFO (the package was changed after it was built)</source>
        <translation>Signieren verweigert: die Daten passen nicht zum datahash in .PKGINFO (das Paket wurde nach dem Bauen verändert)</translation>
    </message>
    <message>
        <source>refusing to sign: file &apos;%1&apos; does not match its checksum</source>
        <translation>Signieren verweigert: Datei „%1“ passt nicht zu ihrer Prüfsumme</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GiteaUploader</name>
    <message>
        <source>No token for %1: set one (a Gitea/Forgejo access token with the package write scope).</source>
        <translation>Kein Token für %1: legen Sie eines fest (ein Gitea/Forgejo-Zugriffstoken mit Schreibrecht für Pakete).</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 packages were not accepted; the first: %2</source>
        <translation>
            <numerusform>%n von %1 Paketen wurde nicht angenommen; das erste: %2</numerusform>
            <numerusform>%n von %1 Paketen wurden nicht angenommen; das erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the package: %1</source>
        <translation>Das Paket kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipMemberScanner</name>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>trailing bytes after the last gzip member</source>
        <translation>überzählige Bytes nach dem letzten gzip-Member</translation>
    </message>
    <message>
        <source>more than %1 gzip members</source>
        <translation>mehr als %1 gzip-Member</translation>
    </message>
    <message>
        <source>gzip header larger than %1 bytes</source>
        <translation>gzip-Header größer als %1 Byte</translation>
    </message>
    <message>
        <source>input ends inside the header of gzip member %1</source>
        <translation>die Eingabe endet im Header von gzip-Member %1</translation>
    </message>
    <message>
        <source>input ends inside gzip member %1 (started at byte %2)</source>
        <translation>die Eingabe endet in gzip-Member %1 (begonnen bei Byte %2)</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>zlib-Fehler %1</translation>
    </message>
    <message>
        <source>corrupt deflate data in gzip member %1: %2</source>
        <translation>beschädigte Deflate-Daten in gzip-Member %1: %2</translation>
    </message>
    <message>
        <source>decompressed size exceeds the limit of %1 bytes (gzip bomb?)</source>
        <translation>die entpackte Größe überschreitet die Grenze von %1 Byte (gzip-Bombe?)</translation>
    </message>
    <message>
        <source>compression ratio above %1:1 after %2 decompressed bytes (gzip bomb?)</source>
        <translation>Kompressionsverhältnis über %1:1 nach %2 entpackten Bytes (gzip-Bombe?)</translation>
    </message>
    <message>
        <source>input ends inside the trailer of gzip member %1</source>
        <translation>die Eingabe endet im Trailer von gzip-Member %1</translation>
    </message>
    <message>
        <source>CRC mismatch in gzip member %1</source>
        <translation>CRC stimmt nicht in gzip-Member %1</translation>
    </message>
    <message>
        <source>length mismatch in gzip member %1</source>
        <translation>Länge stimmt nicht in gzip-Member %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipWriter</name>
    <message>
        <source>gzip stream is not open</source>
        <translation>der gzip-Strom ist nicht geöffnet</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>deflate failed</source>
        <translation>Deflate fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexBuilder</name>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no .apk files in the folder</source>
        <translation>keine .apk-Dateien im Ordner</translation>
    </message>
    <message>
        <source>generated index</source>
        <translation>erzeugter Index</translation>
    </message>
    <message>
        <source>a public key name (like name.rsa.pub) is needed to sign</source>
        <translation>zum Signieren wird ein Name des öffentlichen Schlüssels (wie name.rsa.pub) benötigt</translation>
    </message>
    <message>
        <source>not a complete v2 package</source>
        <translation>kein vollständiges v2-Paket</translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation>.PKGINFO hat keinen datahash</translation>
    </message>
    <message>
        <source>.PKGINFO has %1 datahash lines</source>
        <translation>.PKGINFO hat %1 datahash-Zeilen</translation>
    </message>
    <message>
        <source>datahash &quot;%1&quot; is not a SHA-256 in hex</source>
        <translation>datahash „%1“ ist kein SHA-256 in Hexadezimal</translation>
    </message>
    <message>
        <source>the data does not match its datahash</source>
        <translation>die Daten passen nicht zu ihrem datahash</translation>
    </message>
    <message>
        <source>file checksums do not match</source>
        <translation>die Prüfsummen der Dateien stimmen nicht überein</translation>
    </message>
    <message>
        <source>.PKGINFO has no %1</source>
        <translation>.PKGINFO hat kein %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexCache</name>
    <message>
        <source>cannot store the index in the cache: %1</source>
        <translation>der Index kann nicht im Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no cached copy</source>
        <translation>keine zwischengespeicherte Kopie</translation>
    </message>
    <message>
        <source>cannot remove the cached copy</source>
        <translation>die zwischengespeicherte Kopie kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexFetchJob</name>
    <message>
        <source>working offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>verifying the index</source>
        <translation>Index wird überprüft</translation>
    </message>
    <message>
        <source>offline: showing the copy from %1</source>
        <translation>offline: Kopie vom %1 wird angezeigt</translation>
    </message>
    <message>
        <source> (the cached copy was kept)</source>
        <translation> (die zwischengespeicherte Kopie wurde behalten)</translation>
    </message>
    <message>
        <source>this repository served a trusted index before and now serves one that is not (%1)</source>
        <translation>dieses Repository lieferte bisher einen vertrauenswürdigen Index und liefert jetzt einen, der es nicht ist (%1)</translation>
    </message>
    <message>
        <source>the index is not trusted: %1 (use --allow-untrusted to read it anyway)</source>
        <translation>der Index ist nicht vertrauenswürdig: %1 (mit --allow-untrusted trotzdem lesen)</translation>
    </message>
    <message>
        <source>the server&apos;s index (made %1) is older than the cached one (made %2): a rollback needs your confirmation</source>
        <translation>der Index des Servers (erstellt %1) ist älter als der zwischengespeicherte (erstellt %2): ein Zurückrollen braucht Ihre Bestätigung</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the signature part of the index is larger than %1 bytes</source>
        <translation>der Signaturteil des Index ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>APKINDEX holds more bytes than its tar header says</source>
        <translation>APKINDEX enthält mehr Bytes, als sein tar-Header angibt</translation>
    </message>
    <message>
        <source>no APKINDEX in the index archive</source>
        <translation>kein APKINDEX im Indexarchiv</translation>
    </message>
    <message>
        <source>index archive entry &apos;%1&apos; points outside the archive</source>
        <translation>Eintrag „%1“ des Indexarchivs zeigt aus dem Archiv heraus</translation>
    </message>
    <message>
        <source>the archive holds a .PKGINFO: this is a package, not an index</source>
        <translation>das Archiv enthält eine .PKGINFO: das ist ein Paket, kein Index</translation>
    </message>
    <message>
        <source>APKINDEX stored under another path: &apos;%1&apos;</source>
        <translation>APKINDEX unter einem anderen Pfad gespeichert: „%1“</translation>
    </message>
    <message>
        <source>%1 in the index archive is a %2, not a regular file</source>
        <translation>%1 im Indexarchiv ist ein(e) %2, keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 appears twice in the index archive</source>
        <translation>%1 kommt zweimal im Indexarchiv vor</translation>
    </message>
    <message>
        <source>DESCRIPTION of %1 bytes is too large</source>
        <translation>DESCRIPTION mit %1 Byte ist zu groß</translation>
    </message>
    <message>
        <source>APKINDEX of %1 bytes is larger than the limit of %2</source>
        <translation>APKINDEX mit %1 Byte überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>Signed by %1, a trusted key</source>
        <translation>Signiert von %1, einem vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <source>Signed, but by no trusted key</source>
        <translation>Signiert, aber von keinem vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <source>Signed by %1, which is not a trusted key</source>
        <translation>Signiert von %1, der kein vertrauenswürdiger Schlüssel ist</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>BAD signature by %1: the index was changed after it was signed</source>
        <translation>FALSCHE Signatur von %1: der Index wurde nach dem Signieren verändert</translation>
    </message>
</context>
<context>
    <name>apkdesk::Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>it has %1 parts separated by dots instead of 3</source>
        <translation>es hat %1 durch Punkte getrennte Teile statt 3</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>die Signatur fehlt</translation>
    </message>
    <message>
        <source>the header names no algorithm</source>
        <translation>der Header nennt keinen Algorithmus</translation>
    </message>
    <message>
        <source>it is unsigned (algorithm &quot;none&quot;)</source>
        <translation>es ist unsigniert (Algorithmus „none“)</translation>
    </message>
    <message>
        <source>The token expired at %1. Get a new token before uploading.</source>
        <translation>Das Token ist am %1 abgelaufen. Besorgen Sie vor dem Hochladen ein neues Token.</translation>
    </message>
    <message>
        <source>The token expires at %1, in less than %2 seconds: the upload could be refused midway. Get a new token before uploading.</source>
        <translation>Das Token läuft am %1 ab, in weniger als %2 Sekunden: der Upload könnte mittendrin abgelehnt werden. Besorgen Sie vor dem Hochladen ein neues Token.</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (check this computer&apos;s clock).</source>
        <translation>Das Token ist vor dem %1 nicht gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>without expiry</source>
        <translation>ohne Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyGenerator</name>
    <message>
        <source>a key name (your name or e-mail) is needed</source>
        <translation>ein Schlüsselname (Ihr Name oder Ihre E-Mail-Adresse) wird benötigt</translation>
    </message>
    <message>
        <source>the key name has no usable characters</source>
        <translation>der Schlüsselname enthält keine verwendbaren Zeichen</translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation>der Schlüsselordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a key with this name already exists</source>
        <translation>ein Schlüssel mit diesem Namen existiert bereits</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyRing</name>
    <message>
        <source>no key given</source>
        <translation>kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>no key matches &apos;%1&apos;</source>
        <translation>kein Schlüssel passt zu „%1“</translation>
    </message>
    <message>
        <source>%1-bit RSA key: weak, and refused for signing; generate a 4096-bit key</source>
        <translation>RSA-Schlüssel mit %1 Bit: schwach und zum Signieren abgelehnt; erzeugen Sie einen 4096-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>%1 is readable by other users; the imported copy is 0600</source>
        <translation>%1 ist für andere Benutzer lesbar; die importierte Kopie hat 0600</translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation>der Schlüsselordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this key is already in the key folder</source>
        <translation>dieser Schlüssel ist bereits im Schlüsselordner</translation>
    </message>
    <message>
        <source>a key with this file name is already in the key folder</source>
        <translation>ein Schlüssel mit diesem Dateinamen ist bereits im Schlüsselordner</translation>
    </message>
    <message>
        <source>the public half of this key is not available (unlock the private key first)</source>
        <translation>der öffentliche Teil dieses Schlüssels ist nicht verfügbar (entsperren Sie zuerst den privaten Schlüssel)</translation>
    </message>
    <message>
        <source>this entry has no private key file</source>
        <translation>dieser Eintrag hat keine private Schlüsseldatei</translation>
    </message>
    <message>
        <source>cannot delete the private key</source>
        <translation>der private Schlüssel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 keys; give the file name or a fingerprint</source>
        <translation>„%1“ bezeichnet %2 Schlüssel; geben Sie den Dateinamen oder einen Fingerabdruck an</translation>
    </message>
    <message>
        <source>invalid key name</source>
        <translation>ungültiger Schlüsselname</translation>
    </message>
    <message>
        <source>cannot create the trusted keys folder</source>
        <translation>der Ordner für vertrauenswürdige Schlüssel kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another key named %1 is already trusted; apk finds keys by name, so it cannot be trusted too</source>
        <translation>einem anderen Schlüssel namens %1 wird bereits vertraut; apk findet Schlüssel über ihren Namen, daher kann diesem nicht auch vertraut werden</translation>
    </message>
    <message>
        <source>cannot remove the trusted key (is the folder writable?)</source>
        <translation>der vertrauenswürdige Schlüssel kann nicht entfernt werden (ist der Ordner beschreibbar?)</translation>
    </message>
    <message>
        <source>the key is not in this folder</source>
        <translation>der Schlüssel ist nicht in diesem Ordner</translation>
    </message>
    <message>
        <source>encrypted, and no .pub file next to it</source>
        <translation>verschlüsselt, und keine .pub-Datei daneben</translation>
    </message>
    <message>
        <source>the public key %1 does not belong to this private key</source>
        <translation>der öffentliche Schlüssel %1 gehört nicht zu diesem privaten Schlüssel</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyUnlocker</name>
    <message>
        <source>The remembered passphrase no longer works.</source>
        <translation>Die gespeicherte Passphrase funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>der private Schlüssel ist verschlüsselt: eine Passphrase wird benötigt</translation>
    </message>
</context>
<context>
    <name>apkdesk::Linter</name>
    <message>
        <source>CRLF line ends: abuild stops at the first blank line (&quot;\r: not found&quot;) and every value ends in \r</source>
        <translation>CRLF-Zeilenenden: abuild bricht an der ersten Leerzeile ab („\r: not found“) und jeder Wert endet auf \r</translation>
    </message>
    <message>
        <source>not evaluated statically: %1 (%2)</source>
        <translation>nicht statisch ausgewertet: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be expanded statically: %2</source>
        <translation>%1 kann nicht statisch expandiert werden: %2</translation>
    </message>
    <message>
        <source>no &apos;# Maintainer: Name &lt;email&gt;&apos; line</source>
        <translation>keine Zeile „# Maintainer: Name &lt;email&gt;“</translation>
    </message>
    <message>
        <source>more than one maintainer line</source>
        <translation>mehr als eine Betreuerzeile</translation>
    </message>
    <message>
        <source>missing package() function</source>
        <translation>Funktion package() fehlt</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>pkgdesc is longer than 127 bytes (%1)</source>
        <translation>pkgdesc ist länger als 127 Byte (%1)</translation>
    </message>
    <message>
        <source>pkgdesc is not a single line</source>
        <translation>pkgdesc ist nicht einzeilig</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be &apos;%1s&apos;</source>
        <translation>„%1“ sollte „%1s“ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation>„%1“ ist keine gültige apk-Version</translation>
    </message>
    <message>
        <source>pkgrel &apos;%1&apos; is not a number</source>
        <translation>pkgrel „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>pkgver is assigned more than once; the last assignment wins</source>
        <translation>pkgver wird mehrfach zugewiesen; die letzte Zuweisung gilt</translation>
    </message>
    <message>
        <source>missing split function %1() for %2</source>
        <translation>Aufteilungsfunktion %1() für %2 fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation>„%1“ ist kein gültiger Paketname</translation>
    </message>
    <message>
        <source>duplicate (sub-)package named %1</source>
        <translation>doppeltes (Unter-)Paket namens %1</translation>
    </message>
    <message>
        <source>%1: unknown install script suffix</source>
        <translation>%1: unbekannte Endung für Installationsskript</translation>
    </message>
    <message>
        <source>install script %1 is missing</source>
        <translation>Installationsskript %1 fehlt</translation>
    </message>
    <message>
        <source>%1: triggers must contain &apos;=&apos;</source>
        <translation>%1: Trigger müssen „=“ enthalten</translation>
    </message>
    <message>
        <source>duplicate found in $source: %1</source>
        <translation>Duplikat in $source: %1</translation>
    </message>
    <message>
        <source>%1 is fetched over plain http: use https where upstream offers it</source>
        <translation>%1 wird über unverschlüsseltes http geholt: verwenden Sie https, wo upstream es anbietet</translation>
    </message>
    <message>
        <source>%1 is fetched over unencrypted ftp</source>
        <translation>%1 wird über unverschlüsseltes ftp geholt</translation>
    </message>
    <message>
        <source>source %1 needs to be renamed (&apos;name::url&apos;) to avoid collisions</source>
        <translation>Quelle %1 muss umbenannt werden („name::url“), um Kollisionen zu vermeiden</translation>
    </message>
    <message>
        <source>local source %1 is missing</source>
        <translation>lokale Quelle %1 fehlt</translation>
    </message>
    <message>
        <source>%1 is deprecated: run checksum to write sha512sums</source>
        <translation>%1 ist veraltet: führen Sie checksum aus, um sha512sums zu schreiben</translation>
    </message>
    <message>
        <source>%1 checksums for %2 sources</source>
        <translation>%1 Prüfsummen für %2 Quellen</translation>
    </message>
    <message>
        <source>%1 has a checksum but is not in $source</source>
        <translation>%1 hat eine Prüfsumme, steht aber nicht in $source</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha512 hash</source>
        <translation>„%1“ ist kein sha512-Hash</translation>
    </message>
    <message>
        <source>%1 is missing in checksums</source>
        <translation>%1 fehlt in den Prüfsummen</translation>
    </message>
    <message>
        <source>checksums are not in the order of $source</source>
        <translation>die Prüfsummen stehen nicht in der Reihenfolge von $source</translation>
    </message>
    <message>
        <source>%1 must not be quoted</source>
        <translation>%1 darf nicht in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>builddir has the default value and can be removed</source>
        <translation>builddir hat den Standardwert und kann entfernt werden</translation>
    </message>
    <message>
        <source>%1 is assigned an empty value and can be removed</source>
        <translation>%1 wird ein leerer Wert zugewiesen und kann entfernt werden</translation>
    </message>
    <message>
        <source>trailing whitespace</source>
        <translation>Leerzeichen am Zeilenende</translation>
    </message>
    <message>
        <source>no sha512sums for %1 source(s): run checksum</source>
        <translation>keine sha512sums für %1 Quelle(n): führen Sie checksum aus</translation>
    </message>
</context>
<context>
    <name>apkdesk::ListingJob</name>
    <message>
        <source>expected an HTML directory listing, got &apos;%1&apos;</source>
        <translation>HTML-Verzeichnisliste erwartet, „%1“ erhalten</translation>
    </message>
</context>
<context>
    <name>apkdesk::MultipartBody</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent</source>
        <translation>%1 hat sich während des Sendens geändert</translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkAccess</name>
    <message>
        <source>no PEM certificate found</source>
        <translation>kein PEM-Zertifikat gefunden</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>dieser Build hat keine TLS-Unterstützung</translation>
    </message>
    <message>
        <source>the CA file for this server holds no PEM certificate</source>
        <translation>die CA-Datei für diesen Server enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>URLs with a user name or password are refused (they end up in logs and histories); use a token instead</source>
        <translation>URLs mit Benutzername oder Passwort werden abgelehnt (sie landen in Protokollen und Verläufen); verwenden Sie stattdessen ein Token</translation>
    </message>
    <message>
        <source>not a local file URL</source>
        <translation>keine URL einer lokalen Datei</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (use http, https or file)</source>
        <translation>nicht unterstütztes URL-Schema „%1“ (verwenden Sie http, https oder file)</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkJob</name>
    <message>
        <source>the server sent the body with Content-Encoding &apos;%1&apos; although only &apos;identity&apos; was accepted; refusing transformed bytes</source>
        <translation>der Server sendete den Inhalt mit Content-Encoding „%1“, obwohl nur „identity“ akzeptiert wurde; umgewandelte Bytes werden abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a valid Location</source>
        <translation>HTTP-%1-Weiterleitung ohne gültige Location</translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?), last to %2</source>
        <translation>mehr als %1 Weiterleitungen (eine Weiterleitungsschleife?), zuletzt nach %2</translation>
    </message>
    <message>
        <source>refusing a redirect to %1</source>
        <translation>Weiterleitung nach %1 abgelehnt</translation>
    </message>
    <message>
        <source>refusing a redirect from https to plain http (%1)</source>
        <translation>Weiterleitung von https auf unverschlüsseltes http abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server redirected the %1 request to %2; use that address</source>
        <translation>der Server hat die %1-Anfrage nach %2 weitergeleitet; verwenden Sie diese Adresse</translation>
    </message>
    <message>
        <source>received %1 bytes but Content-Length said %2</source>
        <translation>%1 Byte empfangen, aber Content-Length gab %2 an</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> (if this server uses its own certificate authority, add its CA file)</source>
        <translation> (wenn dieser Server eine eigene Zertifizierungsstelle verwendet, fügen Sie deren CA-Datei hinzu)</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes</source>
        <translation>die Verbindung wurde nach %1 Byte geschlossen</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>did not complete within %1 s (after %2 bytes)</source>
        <translation>nicht innerhalb von %1 s abgeschlossen (nach %2 Byte)</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageCreator</name>
    <message>
        <source>invalid package name &apos;%1&apos;</source>
        <translation>ungültiger Paketname „%1“</translation>
    </message>
    <message>
        <source>invalid package version &apos;%1&apos; (expected e.g. 1.2.3-r0)</source>
        <translation>ungültige Paketversion „%1“ (erwartet z. B. 1.2.3-r0)</translation>
    </message>
    <message>
        <source>invalid architecture &apos;%1&apos;</source>
        <translation>ungültige Architektur „%1“</translation>
    </message>
    <message>
        <source>metadata values must be single lines</source>
        <translation>Metadatenwerte müssen einzeilig sein</translation>
    </message>
    <message>
        <source>invalid list item &apos;%1&apos; (no spaces or newlines)</source>
        <translation>ungültiger Listeneintrag „%1“ (keine Leerzeichen oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <source>unknown install script &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Installationsskript „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>install script &apos;%1&apos; given twice</source>
        <translation>Installationsskript „%1“ doppelt angegeben</translation>
    </message>
    <message>
        <source>a trigger script needs trigger folders and the other way round</source>
        <translation>ein Trigger-Skript braucht Trigger-Ordner und umgekehrt</translation>
    </message>
    <message>
        <source>the package tree is not a folder</source>
        <translation>der Paketbaum ist kein Ordner</translation>
    </message>
    <message>
        <source>no private key to sign with</source>
        <translation>kein privater Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at the top of the package tree: names starting with &apos;.&apos; there are reserved for package metadata</source>
        <translation>„%1“ auf oberster Ebene des Pakets: Namen, die dort mit „.“ beginnen, sind für Paketmetadaten reserviert</translation>
    </message>
    <message>
        <source>cannot read file information</source>
        <translation>Dateiinformationen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>device files, fifos and sockets cannot go into a package</source>
        <translation>Gerätedateien, FIFOs und Sockets können nicht in ein Paket</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the temporary file: %1</source>
        <translation>temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageExtractor</name>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>absolute path &apos;%1&apos;</source>
        <translation>absoluter Pfad „%1“</translation>
    </message>
    <message>
        <source>control character in path &apos;%1&apos;</source>
        <translation>Steuerzeichen im Pfad „%1“</translation>
    </message>
    <message>
        <source>&apos;..&apos; in path &apos;%1&apos;</source>
        <translation>„..“ im Pfad „%1“</translation>
    </message>
    <message>
        <source>is a directory, not a package file</source>
        <translation>ist ein Verzeichnis, keine Paketdatei</translation>
    </message>
    <message>
        <source>not extracted: %1 (use --force to extract anyway)</source>
        <translation>nicht entpackt: %1 (mit --force trotzdem entpacken)</translation>
    </message>
    <message>
        <source>the target exists and is not a folder</source>
        <translation>das Ziel existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the target folder</source>
        <translation>der Zielordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot reopen the package</source>
        <translation>das Paket kann nicht erneut geöffnet werden</translation>
    </message>
    <message>
        <source>libarchive sees entry &apos;%1&apos; where the verified listing has &apos;%2&apos;</source>
        <translation>libarchive sieht den Eintrag „%1“, wo die geprüfte Liste „%2“ hat</translation>
    </message>
    <message>
        <source>%1: %2 not created</source>
        <translation>%1: %2 nicht erstellt</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageFetchJob</name>
    <message>
        <source>&apos;%1&apos; is not a safe file name</source>
        <translation>„%1“ ist kein sicherer Dateiname</translation>
    </message>
    <message>
        <source>no index checksum to check %1 against</source>
        <translation>keine Index-Prüfsumme, gegen die %1 geprüft werden kann</translation>
    </message>
    <message>
        <source>the file is %1 bytes but the index says %2; it was not kept</source>
        <translation>die Datei hat %1 Byte, aber der Index nennt %2; sie wurde nicht behalten</translation>
    </message>
    <message>
        <source>not a readable package (%1); it was not kept</source>
        <translation>kein lesbares Paket (%1); es wurde nicht behalten</translation>
    </message>
    <message>
        <source>its control checksum %1 differs from the index&apos;s C:%2; it was not kept</source>
        <translation>seine Kontrollprüfsumme %1 weicht vom C:%2 des Index ab; es wurde nicht behalten</translation>
    </message>
    <message>
        <source>the package has no complete control member</source>
        <translation>das Paket hat kein vollständiges Kontrollmember</translation>
    </message>
    <message>
        <source>the server sends more than the %1 bytes the index lists; it was not kept</source>
        <translation>der Server sendet mehr als die %1 Byte, die der Index nennt; es wurde nicht behalten</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageLayout</name>
    <message>
        <source>no control or data member</source>
        <translation>kein Kontroll- oder Datenmember</translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation>.PKGINFO hat keinen datahash</translation>
    </message>
    <message>
        <source>the data does not match datahash</source>
        <translation>die Daten passen nicht zum datahash</translation>
    </message>
    <message>
        <source>the file changed while reading it</source>
        <translation>die Datei hat sich beim Lesen geändert</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageProbe</name>
    <message>
        <source>No such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageReader</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a package file</source>
        <translation>ist ein Verzeichnis, keine Paketdatei</translation>
    </message>
    <message>
        <source>magic %1, damaged container: %2</source>
        <translation>Signatur %1, beschädigter Container: %2</translation>
    </message>
    <message>
        <source>signature blocks not read (no %1 decoder)</source>
        <translation>Signaturblöcke nicht gelesen (kein %1-Decoder)</translation>
    </message>
    <message>
        <source>magic %1, compression %2, %3; not verified here: use apk-tools 3 (apk verify)</source>
        <translation>Signatur %1, Kompression %2, %3; hier nicht geprüft: verwenden Sie apk-tools 3 (apk verify)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageScan</name>
    <message>
        <source>extra gzip member after the data member</source>
        <translation>zusätzlicher gzip-Member nach dem Datenmember</translation>
    </message>
    <message>
        <source>a tar entry crosses the end of gzip member %1: %2</source>
        <translation>ein tar-Eintrag überschreitet das Ende von gzip-Member %1: %2</translation>
    </message>
    <message>
        <source>the first entry is &apos;%1&apos;, not .PKGINFO or a signature</source>
        <translation>der erste Eintrag ist „%1“, weder .PKGINFO noch eine Signatur</translation>
    </message>
    <message>
        <source>data entry &apos;%1&apos; inside the control member</source>
        <translation>Dateneintrag „%1“ im Kontrollmember</translation>
    </message>
    <message>
        <source>no .PKGINFO found</source>
        <translation>keine .PKGINFO gefunden</translation>
    </message>
    <message>
        <source>the file ends after the signature, before the control member</source>
        <translation>die Datei endet nach der Signatur, vor dem Kontrollmember</translation>
    </message>
    <message>
        <source>the control member has no .PKGINFO</source>
        <translation>das Kontrollmember hat keine .PKGINFO</translation>
    </message>
    <message>
        <source>no data member</source>
        <translation>kein Datenmember</translation>
    </message>
    <message>
        <source>the file ends after the control member: no data member</source>
        <translation>die Datei endet nach dem Kontrollmember: kein Datenmember</translation>
    </message>
    <message>
        <source>datahash %1, data member SHA-256 %2</source>
        <translation>datahash %1, SHA-256 des Datenmembers %2</translation>
    </message>
    <message>
        <source>unsafe entry path: %1</source>
        <translation>unsicherer Eintragspfad: %1</translation>
    </message>
    <message>
        <source>in the %1 tar (gzip member %2, uncompressed offset %3)</source>
        <translation>im %1-tar (gzip-Member %2, unkomprimierter Offset %3)</translation>
    </message>
    <message>
        <source>two .PKGINFO entries</source>
        <translation>zwei .PKGINFO-Einträge</translation>
    </message>
    <message>
        <source>.PKGINFO of %1 bytes is larger than %2 bytes</source>
        <translation>.PKGINFO mit %1 Byte ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>package without datahash (pre-2.0 format) is not verified</source>
        <translation>Paket ohne datahash (Format vor 2.0) wird nicht überprüft</translation>
    </message>
    <message>
        <source>the control member is incomplete</source>
        <translation>das Kontrollmember ist unvollständig</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageUploader</name>
    <message>
        <source>No package to upload.</source>
        <translation>Kein Paket zum Hochladen.</translation>
    </message>
    <message>
        <source>The upload did not complete</source>
        <translation>Der Upload wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The server gave no HTTP answer.</source>
        <translation>Der Server hat keine HTTP-Antwort gegeben.</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageVerdict</name>
    <message>
        <source> at byte %1</source>
        <translation> bei Byte %1</translation>
    </message>
    <message>
        <source>trusted: signed by %1 (%2)</source>
        <translation>vertrauenswürdig: signiert von %1 (%2)</translation>
    </message>
    <message>
        <source>untrusted: no usable signature</source>
        <translation>nicht vertrauenswürdig: keine verwendbare Signatur</translation>
    </message>
    <message>
        <source>untrusted: signed by %1, which is not a trusted key</source>
        <translation>nicht vertrauenswürdig: signiert von %1, der kein vertrauenswürdiger Schlüssel ist</translation>
    </message>
    <message>
        <source>unsigned: the package carries no signature</source>
        <translation>unsigniert: das Paket trägt keine Signatur</translation>
    </message>
    <message>
        <source>BAD signature: the signature by %1 (%2) does not match the control data</source>
        <translation>FALSCHE Signatur: die Signatur von %1 (%2) passt nicht zu den Kontrolldaten</translation>
    </message>
    <message>
        <source>integrity error: the data does not match the signed datahash</source>
        <translation>Integritätsfehler: die Daten passen nicht zum signierten datahash</translation>
    </message>
    <message>
        <source>integrity error: the content of %1 does not match its recorded SHA-1</source>
        <translation>Integritätsfehler: der Inhalt von %1 passt nicht zu seinem gespeicherten SHA-1</translation>
    </message>
    <message>
        <source>truncated%1%2</source>
        <translation>abgeschnitten%1%2</translation>
    </message>
    <message>
        <source>corrupt%1%2</source>
        <translation>beschädigt%1%2</translation>
    </message>
    <message>
        <source>refused: a safety limit was exceeded%1%2</source>
        <translation>abgelehnt: eine Sicherheitsgrenze wurde überschritten%1%2</translation>
    </message>
    <message>
        <source>not an apk package%1</source>
        <translation>kein apk-Paket%1</translation>
    </message>
    <message>
        <source>apk-tools 3 (ADB) package%1</source>
        <translation>apk-tools-3-Paket (ADB)%1</translation>
    </message>
    <message>
        <source>cannot read the file%1</source>
        <translation>die Datei kann nicht gelesen werden%1</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Überprüfung abgebrochen</translation>
    </message>
</context>
<context>
    <name>apkdesk::PkgInfo</name>
    <message>
        <source>.PKGINFO is larger than %1 bytes</source>
        <translation>.PKGINFO ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is longer than %2 bytes</source>
        <translation>Zeile %1 von .PKGINFO ist länger als %2 Byte</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO contains a NUL byte (binary data)</source>
        <translation>Zeile %1 von .PKGINFO enthält ein NUL-Byte (Binärdaten)</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is not valid UTF-8 (binary data)</source>
        <translation>Zeile %1 von .PKGINFO ist kein gültiges UTF-8 (Binärdaten)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PrivateKey</name>
    <message>
        <source>this is a public key; signing needs the private key (the file without .pub)</source>
        <translation>das ist ein öffentlicher Schlüssel; zum Signieren wird der private Schlüssel benötigt (die Datei ohne .pub)</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the PEM private key is cut short (no END line)</source>
        <translation>der private PEM-Schlüssel ist abgeschnitten (keine END-Zeile)</translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>der private Schlüssel ist verschlüsselt: eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <source>wrong passphrase for the private key</source>
        <translation>falsche Passphrase für den privaten Schlüssel</translation>
    </message>
    <message>
        <source>the private key cannot be read (damaged or truncated PEM): %1</source>
        <translation>der private Schlüssel kann nicht gelesen werden (PEM beschädigt oder abgeschnitten): %1</translation>
    </message>
    <message>
        <source>not an RSA key (%1): Alpine signatures need RSA</source>
        <translation>kein RSA-Schlüssel (%1): Alpine-Signaturen brauchen RSA</translation>
    </message>
    <message>
        <source>no such key file</source>
        <translation>Schlüsseldatei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation>der Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a key</source>
        <translation>die Datei ist zu groß für einen Schlüssel</translation>
    </message>
    <message>
        <source>refusing to generate a %1-bit RSA key: use at least %2 bits</source>
        <translation>Erzeugung eines RSA-Schlüssels mit %1 Bit verweigert: verwenden Sie mindestens %2 Bit</translation>
    </message>
    <message>
        <source>%1 bits is more than Apkdesk supports (16384)</source>
        <translation>%1 Bit ist mehr, als Apkdesk unterstützt (16384)</translation>
    </message>
    <message>
        <source>RSA key generation failed: %1</source>
        <translation>RSA-Schlüsselerzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>der private Schlüssel kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::PublicKey</name>
    <message>
        <source>empty file, not a public key</source>
        <translation>leere Datei, kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>this is a private key, not a public key</source>
        <translation>das ist ein privater Schlüssel, kein öffentlicher</translation>
    </message>
    <message>
        <source>this is an X.509 certificate, not a public key</source>
        <translation>das ist ein X.509-Zertifikat, kein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>not a PEM file (no -----BEGIN line)</source>
        <translation>keine PEM-Datei (keine -----BEGIN-Zeile)</translation>
    </message>
    <message>
        <source>a %1 public key; apk signatures need RSA</source>
        <translation>ein öffentlicher %1-Schlüssel; apk-Signaturen brauchen RSA</translation>
    </message>
    <message>
        <source>not a readable RSA public key (damaged or unknown PEM block)</source>
        <translation>kein lesbarer öffentlicher RSA-Schlüssel (PEM-Block beschädigt oder unbekannt)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a key file</source>
        <translation>ist ein Verzeichnis, keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>larger than 1 MiB, not a key file</source>
        <translation>größer als 1 MiB, keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>digest has the wrong length</source>
        <translation>der Digest hat die falsche Länge</translation>
    </message>
    <message>
        <source>signature is %1 bytes; a %2-bit key makes %3-byte signatures</source>
        <translation>die Signatur hat %1 Byte; ein %2-Bit-Schlüssel erzeugt Signaturen mit %3 Byte</translation>
    </message>
    <message>
        <source>cannot create a verification context</source>
        <translation>es kann kein Prüfkontext erzeugt werden</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>die Signatur passt nicht</translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKey</name>
    <message>
        <source>The registry&apos;s key is not a usable public key</source>
        <translation>Der Schlüssel der Registry ist kein verwendbarer öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKeyFetcher</name>
    <message>
        <source>Fetching the registry&apos;s key failed</source>
        <translation>Abrufen des Registry-Schlüssels fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoriesFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&apos;@%1&apos; is not a valid tag</source>
        <translation>„@%1“ ist kein gültiges Tag</translation>
    </message>
    <message>
        <source>a tag without a repository</source>
        <translation>ein Tag ohne Repository</translation>
    </message>
    <message>
        <source>expected one repository URL, found %1 words</source>
        <translation>eine Repository-URL erwartet, %1 Wörter gefunden</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>größer als 1 MiB</translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoryLocation</name>
    <message>
        <source>a repository URL cannot have a query or fragment</source>
        <translation>eine Repository-URL darf keine Query und kein Fragment haben</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 name</source>
        <translation>„%1“ ist kein gültiger Name für %2</translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/</source>
        <translation>URL mit der Endung &lt;Version&gt;/&lt;Repository&gt;/&lt;Arch&gt;/ erwartet</translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;</source>
        <translation>URL mit der Endung &lt;Version&gt;/&lt;Repository&gt; erwartet</translation>
    </message>
    <message>
        <source>%1/%2/%3 on %4</source>
        <translation>%1/%2/%3 auf %4</translation>
    </message>
</context>
<context>
    <name>apkdesk::RequestJob</name>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Byte</translation>
    </message>
</context>
<context>
    <name>apkdesk::SecretStore</name>
    <message>
        <source>no secret stored under this name</source>
        <translation>unter diesem Namen ist kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>no secret service is available (is a keyring such as GNOME Keyring or KWallet running?); you can keep secrets for this session only</source>
        <translation>kein Secret Service verfügbar (läuft ein Schlüsselbund wie GNOME Keyring oder KWallet?); Geheimnisse können nur für diese Sitzung aufbewahrt werden</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::ServerProfile</name>
    <message>
        <source>Unknown server kind &quot;%1&quot;: use reposerve or gitea.</source>
        <translation>Unbekannte Serverart „%1“: verwenden Sie reposerve oder gitea.</translation>
    </message>
    <message>
        <source>The server address is empty.</source>
        <translation>Die Serveradresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>The address for %1 contains a user name or password. Remove them: the token is kept in the keychain and sent in a header.</source>
        <translation>Die Adresse für %1 enthält einen Benutzernamen oder ein Passwort. Entfernen Sie diese: das Token wird im Schlüsselbund aufbewahrt und in einem Header gesendet.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local test server).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation>Die Serveradresse darf keine „?“- oder „#“-Teile enthalten.</translation>
    </message>
    <message>
        <source>The profile has no server address.</source>
        <translation>Das Profil hat keine Serveradresse.</translation>
    </message>
    <message>
        <source>package owner</source>
        <translation>Paketeigentümer</translation>
    </message>
    <message>
        <source>A Gitea/Forgejo profile needs the user name that owns the token.</source>
        <translation>Ein Gitea/Forgejo-Profil braucht den Benutzernamen, dem das Token gehört.</translation>
    </message>
    <message>
        <source>%1 uses plain http: the token would travel unencrypted. Use https, or allow plain http explicitly for this server.</source>
        <translation>%1 verwendet unverschlüsseltes http: das Token würde unverschlüsselt übertragen. Verwenden Sie https oder erlauben Sie http ausdrücklich für diesen Server.</translation>
    </message>
</context>
<context>
    <name>apkdesk::SignatureMember</name>
    <message>
        <source>invalid public key name &apos;%1&apos;</source>
        <translation>ungültiger Name des öffentlichen Schlüssels „%1“</translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation>leere Signatur</translation>
    </message>
    <message>
        <source>refusing to sign with a %1-bit RSA key: it is too weak</source>
        <translation>Signieren mit einem RSA-Schlüssel mit %1 Bit verweigert: er ist zu schwach</translation>
    </message>
</context>
<context>
    <name>apkdesk::SignedFileLayout</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>this is an apk-tools 3 (ADB) file; Apkdesk signs v2 packages and indexes</source>
        <translation>das ist eine apk-tools-3-Datei (ADB); Apkdesk signiert v2-Pakete und -Indizes</translation>
    </message>
    <message>
        <source>not an Alpine package or index (not gzip data)</source>
        <translation>kein Alpine-Paket oder -Index (keine gzip-Daten)</translation>
    </message>
    <message>
        <source>cannot sign a damaged file</source>
        <translation>eine beschädigte Datei kann nicht signiert werden</translation>
    </message>
    <message>
        <source>not an Alpine package or index: nothing but signatures</source>
        <translation>kein Alpine-Paket oder -Index: nichts als Signaturen</translation>
    </message>
    <message>
        <source>not a v2 package: expected a control and a data member after the signatures</source>
        <translation>kein v2-Paket: nach den Signaturen wurden ein Kontroll- und ein Datenmember erwartet</translation>
    </message>
    <message>
        <source>not an Alpine package or index (no .PKGINFO or APKINDEX where the content starts)</source>
        <translation>kein Alpine-Paket oder -Index (keine .PKGINFO und kein APKINDEX am Inhaltsanfang)</translation>
    </message>
</context>
<context>
    <name>apkdesk::TarStreamParser</name>
    <message>
        <source>tar ends after an extended header, before its entry</source>
        <translation>tar endet nach einem erweiterten Header, vor seinem Eintrag</translation>
    </message>
    <message>
        <source>tar ends inside a header block</source>
        <translation>tar endet in einem Header-Block</translation>
    </message>
    <message>
        <source>tar ends inside an extended header</source>
        <translation>tar endet in einem erweiterten Header</translation>
    </message>
    <message>
        <source>tar ends inside the content of &apos;%1&apos; (%2 bytes missing)</source>
        <translation>tar endet im Inhalt von „%1“ (%2 Byte fehlen)</translation>
    </message>
    <message>
        <source>tar ends inside block padding</source>
        <translation>tar endet im Block-Padding</translation>
    </message>
    <message>
        <source>end of archive right after an extended header</source>
        <translation>Archivende direkt nach einem erweiterten Header</translation>
    </message>
    <message>
        <source>data after the tar end-of-archive marker</source>
        <translation>Daten nach der tar-Endmarkierung</translation>
    </message>
    <message>
        <source>a lone zero block inside the tar</source>
        <translation>ein einzelner Nullblock im tar</translation>
    </message>
    <message>
        <source>not a tar header (no ustar magic)</source>
        <translation>kein tar-Header (keine ustar-Signatur)</translation>
    </message>
    <message>
        <source>unreadable tar header checksum</source>
        <translation>unlesbare Prüfsumme im tar-Header</translation>
    </message>
    <message>
        <source>tar header checksum mismatch</source>
        <translation>Prüfsumme des tar-Headers stimmt nicht</translation>
    </message>
    <message>
        <source>invalid size field in tar header</source>
        <translation>ungültiges Größenfeld im tar-Header</translation>
    </message>
    <message>
        <source>tar extended header of %1 bytes exceeds the limit of %2</source>
        <translation>erweiterter tar-Header mit %1 Byte überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>malformed pax record (no length)</source>
        <translation>fehlerhafter pax-Eintrag (keine Länge)</translation>
    </message>
    <message>
        <source>malformed pax record (bad length)</source>
        <translation>fehlerhafter pax-Eintrag (falsche Länge)</translation>
    </message>
    <message>
        <source>malformed pax record (no newline)</source>
        <translation>fehlerhafter pax-Eintrag (kein Zeilenumbruch)</translation>
    </message>
    <message>
        <source>malformed pax record (no keyword)</source>
        <translation>fehlerhafter pax-Eintrag (kein Schlüsselwort)</translation>
    </message>
    <message>
        <source>more than %1 tar entries</source>
        <translation>mehr als %1 tar-Einträge</translation>
    </message>
    <message>
        <source>invalid numeric field in tar header</source>
        <translation>ungültiges numerisches Feld im tar-Header</translation>
    </message>
    <message>
        <source>invalid pax size</source>
        <translation>ungültige pax-Größe</translation>
    </message>
    <message>
        <source>invalid pax %1</source>
        <translation>ungültiges pax-%1</translation>
    </message>
    <message>
        <source>tar entry &apos;%1&apos; claims %2 bytes, above the limit of %3</source>
        <translation>tar-Eintrag „%1“ gibt %2 Byte an, über der Grenze von %3</translation>
    </message>
</context>
<context>
    <name>apkdesk::TarWriter</name>
    <message>
        <source>invalid tar entry name</source>
        <translation>ungültiger tar-Eintragsname</translation>
    </message>
    <message>
        <source>file too large or timestamp out of range for a tar header</source>
        <translation>Datei zu groß oder Zeitstempel außerhalb des Bereichs für einen tar-Header</translation>
    </message>
    <message>
        <source>content size does not match the entry size</source>
        <translation>die Inhaltsgröße passt nicht zur Eintragsgröße</translation>
    </message>
    <message>
        <source>file changed or could not be read while archiving: %1</source>
        <translation>Datei hat sich beim Archivieren geändert oder war nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadErrors</name>
    <message>
        <source>Server said: &quot;%1&quot;</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server received no token. Set a token for this server and try again.</source>
        <translation>Der Server hat kein Token erhalten. Legen Sie ein Token für diesen Server fest und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the token because it has expired. Get a new token (CI job tokens live only as long as the job).</source>
        <translation>Der Server hat das Token abgelehnt, weil es abgelaufen ist. Besorgen Sie ein neues Token (CI-Job-Tokens gelten nur so lange wie der Job).</translation>
    </message>
    <message>
        <source>The server could not verify the token&apos;s signature: it was not issued by the identity provider this server trusts, or it was altered.</source>
        <translation>Der Server konnte die Signatur des Tokens nicht prüfen: es wurde nicht vom Identitätsanbieter ausgestellt, dem dieser Server vertraut, oder es wurde verändert.</translation>
    </message>
    <message>
        <source>The token is signed with key &quot;%1&quot;, which the server does not know. The token comes from another identity provider, or the provider changed its keys and the server has not picked them up yet.</source>
        <translation>Das Token ist mit dem Schlüssel „%1“ signiert, den der Server nicht kennt. Das Token stammt von einem anderen Identitätsanbieter, oder der Anbieter hat seine Schlüssel gewechselt und der Server hat sie noch nicht übernommen.</translation>
    </message>
    <message>
        <source>The server only accepts tokens that carry the claim &quot;%1&quot;, and this token has none. Use a token issued for this repository.</source>
        <translation>Der Server akzeptiert nur Tokens mit dem Claim „%1“, und dieses Token hat keinen. Verwenden Sie ein für dieses Repository ausgestelltes Token.</translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;. Use a token issued for this repository.</source>
        <translation>Der Server akzeptiert nur Tokens, deren Claim „%1“ den Wert „%2“ hat. Verwenden Sie ein für dieses Repository ausgestelltes Token.</translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;, but this token says &quot;%3&quot;. Use a token issued for this repository.</source>
        <translation>Der Server akzeptiert nur Tokens, deren Claim „%1“ den Wert „%2“ hat, dieses Token sagt aber „%3“. Verwenden Sie ein für dieses Repository ausgestelltes Token.</translation>
    </message>
    <message>
        <source>The server refused the token.</source>
        <translation>Der Server hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The registry rejected the package as invalid (name, version, branch, repository or architecture).</source>
        <translation>Die Registry hat das Paket als ungültig abgelehnt (Name, Version, Zweig, Repository oder Architektur).</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The registry did not accept the user name and token. Check both, and that the token has the package write scope.</source>
        <translation>Die Registry hat Benutzername und Token nicht akzeptiert. Prüfen Sie beides und ob das Token Schreibrecht für Pakete hat.</translation>
    </message>
    <message>
        <source>The registry refused the upload: the package quota is used up, or this user may not publish for this owner.</source>
        <translation>Die Registry hat den Upload abgelehnt: das Paketkontingent ist erschöpft, oder dieser Benutzer darf für diesen Eigentümer nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>The server accepted the token but does not allow it to upload here.</source>
        <translation>Der Server hat das Token akzeptiert, erlaubt damit aber keinen Upload hierher.</translation>
    </message>
    <message>
        <source>The registry was not found: check the server address and the package owner, and that packages are enabled.</source>
        <translation>Die Registry wurde nicht gefunden: prüfen Sie Serveradresse und Paketeigentümer und ob Pakete aktiviert sind.</translation>
    </message>
    <message>
        <source>The server has no upload endpoint at this address: check the server address, or the server has uploads (jwt) disabled.</source>
        <translation>Der Server hat unter dieser Adresse keinen Upload-Endpunkt: prüfen Sie die Serveradresse, oder der Server hat Uploads (jwt) deaktiviert.</translation>
    </message>
    <message>
        <source>This package file already exists in the registry. Delete it there first or bump the package release.</source>
        <translation>Diese Paketdatei existiert bereits in der Registry. Löschen Sie sie dort zuerst oder erhöhen Sie das Paket-Release.</translation>
    </message>
    <message>
        <source>The server refused the upload as too large (HTTP 413): raise the body size limit of the server or its reverse proxy.</source>
        <translation>Der Server hat den Upload als zu groß abgelehnt (HTTP 413): erhöhen Sie die Größenbeschränkung des Servers oder seines Reverse-Proxys.</translation>
    </message>
    <message>
        <source>The server is rate limiting uploads (HTTP 429): try again later.</source>
        <translation>Der Server drosselt Uploads (HTTP 429): versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed while handling the upload (HTTP %1). The package may or may not have been stored: the index check will tell.</source>
        <translation>Der Server ist bei der Verarbeitung des Uploads gescheitert (HTTP %1). Das Paket wurde vielleicht gespeichert, vielleicht nicht: die Indexprüfung wird es zeigen.</translation>
    </message>
    <message>
        <source>The server redirected the upload (HTTP %1). Apkdesk does not send a token on to another address: use the final address in the profile.</source>
        <translation>Der Server hat den Upload weitergeleitet (HTTP %1). Apkdesk sendet kein Token an eine andere Adresse weiter: verwenden Sie die endgültige Adresse im Profil.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadHistory</name>
    <message>
        <source>The upload history is damaged: %1</source>
        <translation>Der Upload-Verlauf ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadPlan</name>
    <message>
        <source>branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Alpine version</source>
        <translation>Alpine-Version</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Not sent: %1. Trust the signing key first, or allow untrusted packages.</source>
        <translation>Nicht gesendet: %1. Vertrauen Sie zuerst dem Signaturschlüssel oder erlauben Sie nicht vertrauenswürdige Pakete.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Not sent: the package has no name, version or checksum.</source>
        <translation>Nicht gesendet: das Paket hat keinen Namen, keine Version oder keine Prüfsumme.</translation>
    </message>
    <message>
        <source>Not sent: the package is built for %1, the target is %2.</source>
        <translation>Nicht gesendet: das Paket ist für %1 gebaut, das Ziel ist %2.</translation>
    </message>
    <message>
        <source>Not sent: the same package (%1) is already in this upload for %2.</source>
        <translation>Nicht gesendet: dasselbe Paket (%1) ist bereits in diesem Upload für %2.</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadSession</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent after the earlier refusal.</source>
        <translation>Nach der vorherigen Ablehnung nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n package(s) to %1</source>
        <translation>
            <numerusform>%n Paket wird zu %1 hochgeladen</numerusform>
            <numerusform>%n Pakete werden zu %1 hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the server.</source>
        <translation>Vom Server angenommen.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s index for %1</source>
        <translation>Index des Servers wird auf %1 geprüft</translation>
    </message>
    <message>
        <source>In the server&apos;s index with the same checksum (%1).</source>
        <translation>Im Index des Servers mit derselben Prüfsumme (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not uploaded or not confirmed. First: %1</source>
        <translation>
            <numerusform>%n Paket nicht hochgeladen oder nicht bestätigt. Erstes: %1</numerusform>
            <numerusform>%n Pakete nicht hochgeladen oder nicht bestätigt. Erstes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s) confirmed by the server&apos;s index</source>
        <translation>
            <numerusform>%1 von %n Paket durch den Index des Servers bestätigt</numerusform>
            <numerusform>%1 von %n Paketen durch den Index des Servers bestätigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadVerifier</name>
    <message>
        <source>The server accepted the upload, but its index could not be downloaded to confirm it</source>
        <translation>Der Server hat den Upload angenommen, aber sein Index konnte zur Bestätigung nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>The server&apos;s index after the upload is not a valid index</source>
        <translation>Der Index des Servers nach dem Upload ist kein gültiger Index</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n package(s)</source>
        <translation>
            <numerusform>%1, %n Paket</numerusform>
            <numerusform>%1, %n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust the registry&apos;s key (it is offered from the server) and check again.</source>
        <translation>Vertrauen Sie dem Schlüssel der Registry (vom Server angeboten) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Add the server&apos;s public key to the trusted keys, or the server failed to sign its new index.</source>
        <translation>Fügen Sie den öffentlichen Schlüssel des Servers zu den vertrauenswürdigen Schlüsseln hinzu, oder der Server konnte seinen neuen Index nicht signieren.</translation>
    </message>
    <message>
        <source>The server&apos;s index is not trustworthy: %1. %2</source>
        <translation>Der Index des Servers ist nicht vertrauenswürdig: %1. %2</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s index: the server stored the upload but its re-indexing failed, or the package went to another repository.</source>
        <translation>%1 ist nicht im Index des Servers: der Server hat den Upload gespeichert, aber die Neuindizierung ist fehlgeschlagen, oder das Paket ist in einem anderen Repository gelandet.</translation>
    </message>
    <message>
        <source>The index lists %1 with checksum %2, but the uploaded file has %3: the server kept another build, or re-indexing failed.</source>
        <translation>Der Index führt %1 mit Prüfsumme %2, die hochgeladene Datei hat aber %3: der Server hat einen anderen Build behalten, oder die Neuindizierung ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded package(s) are not confirmed by the server&apos;s index.</source>
        <translation>
            <numerusform>%n hochgeladenes Paket ist nicht durch den Index des Servers bestätigt.</numerusform>
            <numerusform>%n hochgeladene Pakete sind nicht durch den Index des Servers bestätigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::VersionBump</name>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation>„%1“ ist keine gültige apk-Version</translation>
    </message>
    <message>
        <source>line %1: pkgrel &apos;%2&apos; is not a number</source>
        <translation>Zeile %1: pkgrel „%2“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>apkdesk::cli::ApkbuildCommand</name>
    <message>
        <source>Show, lint, bump an APKBUILD and refresh its checksums</source>
        <translation>Ein APKBUILD anzeigen, prüfen, hochzählen und seine Prüfsummen aktualisieren</translation>
    </message>
    <message>
        <source>APKBUILDs are evaluated statically (never executed), like busybox ash would source them.
  info FILE        expanded variables, sources, subpackages, what cannot be expanded
  checksum FILE    download/hash the sources and rewrite sha512sums in place
  bump FILE        pkgrel+1, or with --version V: pkgver=V and pkgrel=0
  lint FILE        abuild validate / apkbuild-lint style checks (exit 1 on errors)</source>
        <translation>APKBUILDs werden statisch ausgewertet (nie ausgeführt), so wie busybox ash sie einlesen würde.
  info FILE        expandierte Variablen, Quellen, Unterpakete, was nicht expandiert werden kann
  checksum FILE    Quellen herunterladen/hashen und sha512sums direkt neu schreiben
  bump FILE        pkgrel+1, oder mit --version V: pkgver=V und pkgrel=0
  lint FILE        Prüfungen wie abuild validate / apkbuild-lint (Exit-Code 1 bei Fehlern)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>CARCH to evaluate for (default x86_64).</source>
        <translation>CARCH für die Auswertung (Standard x86_64).</translation>
    </message>
    <message>
        <source>abuild&apos;s $startdir (default: the APKBUILD&apos;s folder).</source>
        <translation>$startdir von abuild (Standard: der Ordner des APKBUILD).</translation>
    </message>
    <message>
        <source>Folder for downloaded sources (default: $SRCDEST or the cache).</source>
        <translation>Ordner für heruntergeladene Quellen (Standard: $SRCDEST oder der Cache).</translation>
    </message>
    <message>
        <source>Hash a source already in the source folder instead of downloading it.</source>
        <translation>Eine Quelle hashen, die schon im Quellordner liegt, statt sie herunterzuladen.</translation>
    </message>
    <message>
        <source>Write even when an upstream file changed under the same pkgver.</source>
        <translation>Auch schreiben, wenn sich eine upstream-Datei bei gleichem pkgver geändert hat.</translation>
    </message>
    <message>
        <source>Show the change, do not write it.</source>
        <translation>Die Änderung zeigen, nicht schreiben.</translation>
    </message>
    <message>
        <source>New pkgver (resets pkgrel to 0).</source>
        <translation>Neues pkgver (setzt pkgrel auf 0 zurück).</translation>
    </message>
    <message>
        <source>Give up on a download after this many seconds without data (default 30).</source>
        <translation>Einen Download nach so vielen Sekunden ohne Daten aufgeben (Standard 30).</translation>
    </message>
    <message>
        <source>info, checksum, bump or lint</source>
        <translation>info, checksum, bump oder lint</translation>
    </message>
    <message>
        <source>The APKBUILD.</source>
        <translation>Das APKBUILD.</translation>
    </message>
    <message>
        <source>expected an action and one APKBUILD</source>
        <translation>eine Aktion und ein APKBUILD erwartet</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>   [not expandable]</source>
        <translation>   [nicht expandierbar]</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>(local) %1</source>
        <translation>(lokal) %1</translation>
    </message>
    <message>
        <source>  [not expandable]</source>
        <translation>  [nicht expandierbar]</translation>
    </message>
    <message>
        <source>Subpackages:</source>
        <translation>Unterpakete:</translation>
    </message>
    <message>
        <source>Not expanded (never executed):</source>
        <translation>Nicht expandiert (nie ausgeführt):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2-r%3 -&gt; %4-r%5</source>
        <translation>%1: %2-r%3 -&gt; %4-r%5</translation>
    </message>
    <message>
        <source>Run &apos;apkdesk-cli apkbuild checksum %1&apos; to refresh the checksums.</source>
        <translation>Führen Sie „apkdesk-cli apkbuild checksum %1“ aus, um die Prüfsummen zu aktualisieren.</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: checksums are up to date</source>
        <translation>%1: die Prüfsummen sind aktuell</translation>
    </message>
    <message>
        <source>Not written: an upstream file changed while pkgver did not. Check it, then run again with --force to accept the new checksum.</source>
        <translation>Nicht geschrieben: eine upstream-Datei hat sich geändert, pkgver aber nicht. Prüfen Sie sie und führen Sie den Befehl dann mit --force erneut aus, um die neue Prüfsumme zu übernehmen.</translation>
    </message>
    <message>
        <source>warning: CRLF line ends: every value ends in \r, as abuild&apos;s shell reads it</source>
        <translation>Warnung: CRLF-Zeilenenden: jeder Wert endet auf \r, so wie die Shell von abuild ihn liest</translation>
    </message>
</context>
<context>
    <name>apkdesk::cli::VersionCommand</name>
    <message>
        <source>Compare and check apk versions, test dependency atoms</source>
        <translation>apk-Versionen vergleichen und prüfen, Abhängigkeitsatome testen</translation>
    </message>
    <message>
        <source>Answers like apk-tools 3 (`apk version -t`, `apk version -c`).
  compare A B        print &lt;, = or &gt; (exit 1 if a version is invalid)
  check V...         say whether each version is valid (exit 1 if one is not)
  satisfies V ATOM   does version V satisfy the dependency ATOM, e.g. &apos;foo&gt;=1.2&apos;
Put -- before versions that start with &apos;-&apos;.</source>
        <translation>Antwortet wie apk-tools 3 (`apk version -t`, `apk version -c`).
  compare A B        gibt &lt;, = oder &gt; aus (Exit-Code 1, wenn eine Version ungültig ist)
  check V...         sagt, ob jede Version gültig ist (Exit-Code 1, wenn eine es nicht ist)
  satisfies V ATOM   erfüllt Version V das Abhängigkeitsatom ATOM, z. B. &apos;foo&gt;=1.2&apos;
Schreiben Sie -- vor Versionen, die mit &apos;-&apos; beginnen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the rules of apk-tools 2.14 instead of apk-tools 3.</source>
        <translation>Die Regeln von apk-tools 2.14 statt apk-tools 3 verwenden.</translation>
    </message>
    <message>
        <source>compare, check or satisfies</source>
        <translation>compare, check oder satisfies</translation>
    </message>
    <message>
        <source>Versions or a dependency atom.</source>
        <translation>Versionen oder ein Abhängigkeitsatom.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>&apos;compare&apos; takes exactly two versions</source>
        <translation>„compare“ erwartet genau zwei Versionen</translation>
    </message>
    <message>
        <source>&apos;check&apos; takes at least one version</source>
        <translation>„check“ erwartet mindestens eine Version</translation>
    </message>
    <message>
        <source>&apos;satisfies&apos; takes a version and a dependency atom</source>
        <translation>„satisfies“ erwartet eine Version und ein Abhängigkeitsatom</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>apkdesk-cli: warning: %1; apk2 compares it anyway</source>
        <translation>apkdesk-cli: Warnung: %1; apk2 vergleicht sie trotzdem</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>%1: invalid (at character %2)</source>
        <translation>%1: ungültig (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>invalid dependency atom</source>
        <translation>ungültiges Abhängigkeitsatom</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is invalid</source>
        <translation>Version „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>yes: %1 satisfies %2</source>
        <translation>ja: %1 erfüllt %2</translation>
    </message>
    <message>
        <source>no: %1 does not satisfy %2</source>
        <translation>nein: %1 erfüllt %2 nicht</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Evaluator</name>
    <message>
        <source>unexpected &apos;%1&apos; in arithmetic</source>
        <translation>unerwartetes „%1“ in Arithmetik</translation>
    </message>
    <message>
        <source>assignment inside arithmetic is not evaluated</source>
        <translation>Zuweisung in Arithmetik wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; in arithmetic</source>
        <translation>„:“ in Arithmetik erwartet</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; in arithmetic</source>
        <translation>fehlende „)“ in Arithmetik</translation>
    </message>
    <message>
        <source>arithmetic expression ends early</source>
        <translation>arithmetischer Ausdruck endet zu früh</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>arithmetic variables nest too deeply</source>
        <translation>arithmetische Variablen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>arithmetic nests too deeply</source>
        <translation>Arithmetik ist zu tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Expander</name>
    <message>
        <source> at line %1</source>
        <translation> in Zeile %1</translation>
    </message>
    <message>
        <source>command substitution %1</source>
        <translation>Befehlsersetzung %1</translation>
    </message>
    <message>
        <source>backquoted command %1</source>
        <translation>Befehl in Backquotes %1</translation>
    </message>
    <message>
        <source>arithmetic %1</source>
        <translation>Arithmetik %1</translation>
    </message>
    <message>
        <source>arithmetic on a variable that is not known: %1</source>
        <translation>Arithmetik mit einer unbekannten Variablen: %1</translation>
    </message>
    <message>
        <source>arithmetic %1 (%2)</source>
        <translation>Arithmetik %1 (%2)</translation>
    </message>
    <message>
        <source>uses %1, which is not known (%2)</source>
        <translation>verwendet %1, das unbekannt ist (%2)</translation>
    </message>
    <message>
        <source>${%1%2} stops the shell when %1 is unset</source>
        <translation>${%1%2} beendet die Shell, wenn %1 nicht gesetzt ist</translation>
    </message>
    <message>
        <source>pattern is not known: %1</source>
        <translation>Muster ist unbekannt: %1</translation>
    </message>
    <message>
        <source>substring bounds are not known: %1</source>
        <translation>Grenzen der Teilzeichenkette sind unbekannt: %1</translation>
    </message>
    <message>
        <source>unsupported expansion %1</source>
        <translation>nicht unterstützte Expansion %1</translation>
    </message>
    <message>
        <source>value too long to match patterns statically: %1</source>
        <translation>Wert zu lang, um Muster statisch anzuwenden: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Interpreter</name>
    <message>
        <source>nesting too deep</source>
        <translation>zu tiefe Verschachtelung</translation>
    </message>
    <message>
        <source>runs only if &apos;%1&apos; succeeds or fails, which cannot be evaluated</source>
        <translation>läuft nur, wenn „%1“ gelingt oder scheitert, was nicht ausgewertet werden kann</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>%1 loop</source>
        <translation>%1-Schleife</translation>
    </message>
    <message>
        <source>assigned inside a %1 loop at line %2</source>
        <translation>in einer %1-Schleife in Zeile %2 zugewiesen</translation>
    </message>
    <message>
        <source>heredoc</source>
        <translation>Heredoc</translation>
    </message>
    <message>
        <source>assigned in an &apos;if&apos; whose condition cannot be evaluated (line %1)</source>
        <translation>in einem „if“ zugewiesen, dessen Bedingung nicht ausgewertet werden kann (Zeile %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; on a value that is not known (line %1)</source>
        <translation>in einem „case“ über einen unbekannten Wert zugewiesen (Zeile %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; branch whose pattern is not known (line %1)</source>
        <translation>in einem „case“-Zweig mit unbekanntem Muster zugewiesen (Zeile %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;for&apos; loop over values that are not known (line %1)</source>
        <translation>in einer „for“-Schleife über unbekannte Werte zugewiesen (Zeile %1)</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <source>sourcing another file</source>
        <translation>Einlesen einer anderen Datei</translation>
    </message>
    <message>
        <source>function call %1 (variables it sets are not evaluated)</source>
        <translation>Funktionsaufruf %1 (die gesetzten Variablen werden nicht ausgewertet)</translation>
    </message>
    <message>
        <source>command not executed</source>
        <translation>Befehl nicht ausgeführt</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>„[“ ohne „]“</translation>
    </message>
    <message>
        <source>test on a value that is not known (%1)</source>
        <translation>Test auf einen unbekannten Wert (%1)</translation>
    </message>
    <message>
        <source>test that cannot be evaluated statically</source>
        <translation>Test, der nicht statisch ausgewertet werden kann</translation>
    </message>
    <message>
        <source>stopped after %1 statements</source>
        <translation>nach %1 Anweisungen angehalten</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Parser</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>here-document delimited by &apos;%1&apos; is not terminated</source>
        <translation>das mit „%1“ begrenzte Here-Dokument ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opened here has no matching &apos;%2&apos;</source>
        <translation>hier geöffnetes „%1“ hat kein passendes „%2“</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; in the definition of function &apos;%1&apos;</source>
        <translation>„)“ in der Definition der Funktion „%1“ erwartet</translation>
    </message>
    <message>
        <source>expected a case pattern</source>
        <translation>case-Muster erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after a case pattern</source>
        <translation>„)“ nach einem case-Muster erwartet</translation>
    </message>
    <message>
        <source>&apos;case&apos; opened here has no matching &apos;esac&apos;</source>
        <translation>hier geöffnetes „case“ hat kein passendes „esac“</translation>
    </message>
    <message>
        <source>&apos;for&apos; needs a variable name</source>
        <translation>„for“ braucht einen Variablennamen</translation>
    </message>
    <message>
        <source>&apos;(&apos; opened here has no matching &apos;)&apos;</source>
        <translation>hier geöffnete „(“ hat keine passende „)“</translation>
    </message>
    <message>
        <source>redirection without a target</source>
        <translation>Umleitung ohne Ziel</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>nicht geschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>nicht geschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated backquote</source>
        <translation>nicht geschlossener Backquote</translation>
    </message>
    <message>
        <source>unterminated command substitution</source>
        <translation>nicht abgeschlossene Befehlsersetzung</translation>
    </message>
    <message>
        <source>unterminated arithmetic expansion</source>
        <translation>nicht abgeschlossene arithmetische Expansion</translation>
    </message>
    <message>
        <source>bad substitution</source>
        <translation>fehlerhafte Ersetzung</translation>
    </message>
    <message>
        <source>unterminated parameter expansion</source>
        <translation>nicht abgeschlossene Parameterexpansion</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the word list of &apos;for&apos;</source>
        <translation>unerwartetes „%1“ in der Wortliste von „for“</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui</name>
    <message>
        <source>(conflict)</source>
        <translation>(Konflikt)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>nothing provides it</source>
        <translation>nichts stellt es bereit</translation>
    </message>
    <message>
        <source>no version matches</source>
        <translation>keine Version passt</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Access token of %1 is set.</source>
        <translation>Das Zugriffstoken von %1 ist festgelegt.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Valid, without expiry</source>
        <translation>Gültig, ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Expires at %1, too soon to upload: set a new token.</source>
        <translation>Läuft am %1 ab, zu bald für einen Upload: legen Sie ein neues Token fest.</translation>
    </message>
    <message>
        <source>Expired at %1: set a new token.</source>
        <translation>Am %1 abgelaufen: legen Sie ein neues Token fest.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Nicht gültig vor %1.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::AboutDialog</name>
    <message>
        <source>About Apkdesk</source>
        <translation>Über Apkdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Apkdesk %1&lt;/h2&gt;&lt;p&gt;Browse, inspect, sign and upload Alpine Linux packages.&lt;/p&gt;&lt;p&gt;For people who run their own Alpine package repositories. Versions and dependencies follow apk-tools 3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Apkdesk %1&lt;/h2&gt;&lt;p&gt;Alpine-Linux-Pakete durchsuchen, prüfen, signieren und hochladen.&lt;/p&gt;&lt;p&gt;Für alle, die eigene Alpine-Paketrepositorys betreiben. Versionen und Abhängigkeiten folgen apk-tools 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions (include them in bug reports):</source>
        <translation>Versionen (bitte in Fehlerberichten angeben):</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Apkdesk %1
Qt %2
%3
zlib %4
%5
QtKeychain %6</source>
        <translation>Apkdesk %1
Qt %2
%3
zlib %4
%5
QtKeychain %6</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::AddServerDialog</name>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose a local repository folder</source>
        <translation>Einen lokalen Repository-Ordner wählen</translation>
    </message>
    <message>
        <source>Optional, shown in the sidebar</source>
        <translation>Optional, wird in der Seitenleiste angezeigt</translation>
    </message>
    <message>
        <source>Optional PEM file, for servers with a private CA</source>
        <translation>Optionale PEM-Datei für Server mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Enter the root of a repository tree. Its versions, repositories and architectures are read from the server&apos;s directory listings.</source>
        <translation>Geben Sie die Wurzel eines Repository-Baums ein. Versionen, Repositorys und Architekturen werden aus den Verzeichnislisten des Servers gelesen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Enter a URL or a folder.</source>
        <translation>Geben Sie eine URL oder einen Ordner ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Das ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Use an http://, https:// or file:// URL, or a local folder.</source>
        <translation>Verwenden Sie eine http://-, https://- oder file://-URL oder einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the URL.</source>
        <translation>Schreiben Sie keine Benutzernamen oder Passwörter in die URL.</translation>
    </message>
    <message>
        <source>Plain http: indexes are still checked against your trusted keys, but the transfer itself is not private.</source>
        <translation>Unverschlüsseltes http: Indizes werden weiterhin gegen Ihre vertrauenswürdigen Schlüssel geprüft, aber die Übertragung selbst ist nicht privat.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>Die CA-Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Repository Folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ApkbuildDocumentWidget</name>
    <message>
        <source>Evaluate for CARCH:</source>
        <translation>Auswerten für CARCH:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; open it in an editor that keeps its bytes</source>
        <translation>die Datei ist kein UTF-8-Text; öffnen Sie sie in einem Editor, der ihre Bytes erhält</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%n construct(s) not evaluated (never executed): values marked ✖ are not known.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;%n Konstrukt nicht ausgewertet (nie ausgeführt): mit ✖ markierte Werte sind unbekannt.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;%n Konstrukte nicht ausgewertet (nie ausgeführt): mit ✖ markierte Werte sind unbekannt.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1-%2-r%3&lt;/b&gt;: everything expanded statically.</source>
        <translation>&lt;b&gt;%1-%2-r%3&lt;/b&gt;: alles statisch expandiert.</translation>
    </message>
    <message>
        <source>Not expanded: %1</source>
        <translation>Nicht expandiert: %1</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>lokal: %1</translation>
    </message>
    <message>
        <source>subpackage: %1() %2</source>
        <translation>Unterpaket: %1() %2</translation>
    </message>
    <message>
        <source>%1  line %2: %3</source>
        <translation>%1  Zeile %2: %3</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <source>Now %1-r%2. Refresh the checksums, review, then save.</source>
        <translation>Jetzt %1-r%2. Aktualisieren Sie die Prüfsummen, prüfen Sie und speichern Sie dann.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ApkbuildEditorView</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Bump Version…</source>
        <translation>Version erhöhen…</translation>
    </message>
    <message>
        <source>Refresh Checksums</source>
        <translation>Prüfsummen aktualisieren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No APKBUILD open&lt;/h3&gt;&lt;p&gt;Open one or several APKBUILDs, or drop them here. They are read without being executed: what cannot be expanded statically is shown, never guessed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein APKBUILD geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen Sie ein oder mehrere APKBUILDs oder legen Sie sie hier ab. Sie werden gelesen, ohne ausgeführt zu werden: was nicht statisch expandiert werden kann, wird angezeigt, nie geraten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open APKBUILD…</source>
        <translation>APKBUILD öffnen…</translation>
    </message>
    <message>
        <source>Open APKBUILD</source>
        <translation>APKBUILD öffnen</translation>
    </message>
    <message>
        <source>APKBUILD files (APKBUILD)</source>
        <translation>APKBUILD-Dateien (APKBUILD)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved APKBUILDs</source>
        <translation>Nicht gespeicherte APKBUILDs</translation>
    </message>
    <message numerus="yes">
        <source>%n APKBUILD(s) have unsaved changes:</source>
        <translation>
            <numerusform>%n APKBUILD hat ungespeicherte Änderungen:</numerusform>
            <numerusform>%n APKBUILDs haben ungespeicherte Änderungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::BrowserView</name>
    <message>
        <source>No repository open</source>
        <translation>Kein Repository geöffnet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server whether the index changed (F5)</source>
        <translation>Den Server fragen, ob sich der Index geändert hat (F5)</translation>
    </message>
    <message>
        <source>Open Index…</source>
        <translation>Index öffnen…</translation>
    </message>
    <message>
        <source>Open an APKINDEX.tar.gz file</source>
        <translation>Eine APKINDEX.tar.gz-Datei öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected packages, check them against the index, and open them</source>
        <translation>Die ausgewählten Pakete herunterladen, gegen den Index prüfen und öffnen</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>Nicht heruntergeladen: %1</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Browse Untrusted</source>
        <translation>Trotzdem durchsuchen</translation>
    </message>
    <message>
        <source>Nothing vouches for what this index says.</source>
        <translation>Nichts bürgt für den Inhalt dieses Index.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The index could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Der Index konnte nicht geöffnet werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline:&lt;/b&gt; showing the copy cached %1. The server could not be reached: %2</source>
        <translation>&lt;b&gt;Offline:&lt;/b&gt; die %1 zwischengespeicherte Kopie wird angezeigt. Der Server ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>You are browsing an index that is not vouched for: %1</source>
        <translation>Sie durchsuchen einen Index, für den niemand bürgt: %1</translation>
    </message>
    <message>
        <source>Packages can be downloaded from a repository, not from an index file opened on its own</source>
        <translation>Pakete lassen sich aus einem Repository herunterladen, nicht aus einer einzeln geöffneten Indexdatei</translation>
    </message>
    <message>
        <source>Download Packages To</source>
        <translation>Pakete herunterladen nach</translation>
    </message>
    <message>
        <source>Open Index</source>
        <translation>Index öffnen</translation>
    </message>
    <message>
        <source>APKINDEX (APKINDEX*.tar.gz *.tar.gz);;All files (*)</source>
        <translation>APKINDEX (APKINDEX*.tar.gz *.tar.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 %2 is not in this index.</source>
        <translation>%1 %2 ist nicht in diesem Index.</translation>
    </message>
    <message>
        <source>Browse Older Index</source>
        <translation>Älteren Index durchsuchen</translation>
    </message>
    <message>
        <source>Older than the copy seen before</source>
        <translation>Älter als die zuvor gesehene Kopie</translation>
    </message>
    <message>
        <source>Its packages are not shown unless you choose to browse it anyway; Apkdesk keeps any earlier trusted copy in its cache.</source>
        <translation>Seine Pakete werden nur angezeigt, wenn Sie es trotzdem durchsuchen; Apkdesk behält jede frühere vertrauenswürdige Kopie im Cache.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::BumpVersionDialog</name>
    <message>
        <source>New upstream version (pkgrel is reset to 0):</source>
        <translation>Neue upstream-Version (pkgrel wird auf 0 gesetzt):</translation>
    </message>
    <message>
        <source>Rebuild the same version (pkgrel + 1)</source>
        <translation>Dieselbe Version neu bauen (pkgrel + 1)</translation>
    </message>
    <message>
        <source>Bump Version — %1</source>
        <translation>Version erhöhen — %1</translation>
    </message>
    <message>
        <source>Current: &lt;b&gt;%1-r%2&lt;/b&gt;</source>
        <translation>Aktuell: &lt;b&gt;%1-r%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. 1.2.4</source>
        <translation>z. B. 1.2.4</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Erhöhen</translation>
    </message>
    <message>
        <source>%1-r%2 → &lt;b&gt;%3-r%4&lt;/b&gt;</source>
        <translation>%1-r%2 → &lt;b&gt;%3-r%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refresh the checksums afterwards.</source>
        <translation>&lt;br&gt;Aktualisieren Sie danach die Prüfsummen.</translation>
    </message>
    <message>
        <source>That is the current version.</source>
        <translation>Das ist die aktuelle Version.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ChecksumRefreshDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply to Editor</source>
        <translation>Im Editor übernehmen</translation>
    </message>
    <message>
        <source>Apply and Save</source>
        <translation>Übernehmen und speichern</translation>
    </message>
    <message>
        <source>Refresh Checksums — %1</source>
        <translation>Prüfsummen aktualisieren — %1</translation>
    </message>
    <message>
        <source>Downloading remote sources into %1 and hashing local files (sha512).</source>
        <translation>Entfernte Quellen werden nach %1 heruntergeladen und lokale Dateien gehasht (sha512).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The proposed change appears here when every source is done.</source>
        <translation>Die vorgeschlagene Änderung erscheint hier, wenn alle Quellen fertig sind.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>lokal: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Download %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>Hashen</translation>
    </message>
    <message>
        <source>Done (cached)</source>
        <translation>Fertig (Cache)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source> — checksum changed</source>
        <translation> — Prüfsumme geändert</translation>
    </message>
    <message>
        <source> — unchanged</source>
        <translation> — unverändert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>The checksums are up to date: nothing to change.</source>
        <translation>Die Prüfsummen sind aktuell: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Apply (keep old checksums of failed files)</source>
        <translation>Übernehmen (alte Prüfsummen fehlgeschlagener Dateien behalten)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::DownloadPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>the file has no complete control section</source>
        <translation>die Datei hat keinen vollständigen Kontrollabschnitt</translation>
    </message>
    <message>
        <source>Downloading %1 of %2: %3</source>
        <translation>Download %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation>Signaturschlüssel erzeugen</translation>
    </message>
    <message>
        <source>Creates an abuild-compatible RSA key pair. Packages and indexes signed with it are trusted by machines that have the public key in /etc/apk/keys.</source>
        <translation>Erzeugt ein abuild-kompatibles RSA-Schlüsselpaar. Damit signierten Paketen und Indizes vertrauen die Rechner, die den öffentlichen Schlüssel in /etc/apk/keys haben.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>&amp;Name or e-mail:</source>
        <translation>&amp;Name oder E-Mail:</translation>
    </message>
    <message>
        <source>4096 bits (recommended)</source>
        <translation>4096 Bit (empfohlen)</translation>
    </message>
    <message>
        <source>8192 bits (slow to create)</source>
        <translation>8192 Bit (langsam zu erzeugen)</translation>
    </message>
    <message>
        <source>2048 bits</source>
        <translation>2048 Bit</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>optional; encrypts the private key with AES-256</source>
        <translation>optional; verschlüsselt den privaten Schlüssel mit AES-256</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Enter a name or e-mail address: it becomes part of the key&apos;s file name.</source>
        <translation>Geben Sie einen Namen oder eine E-Mail-Adresse ein: sie wird Teil des Dateinamens des Schlüssels.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available in this session.</source>
        <translation>In dieser Sitzung ist kein Secret Service (Schlüsselbund) verfügbar.</translation>
    </message>
    <message>
        <source>Without a passphrase the private key is stored unencrypted (mode 0600), like abuild-keygen does.</source>
        <translation>Ohne Passphrase wird der private Schlüssel unverschlüsselt gespeichert (Modus 0600), wie bei abuild-keygen.</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key…</source>
        <translation>RSA-Schlüssel mit %1 Bit wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::KeyListModel</name>
    <message>
        <source>%1-bit RSA is weak: Apkdesk will not sign with it</source>
        <translation>RSA mit %1 Bit ist schwach: Apkdesk signiert nicht damit</translation>
    </message>
    <message>
        <source>The private key file is readable by other users (should be 0600)</source>
        <translation>Die private Schlüsseldatei ist für andere Benutzer lesbar (sollte 0600 sein)</translation>
    </message>
    <message>
        <source>The .pub file next to the private key belongs to another key</source>
        <translation>Die .pub-Datei neben dem privaten Schlüssel gehört zu einem anderen Schlüssel</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes, encrypted</source>
        <translation>Ja, verschlüsselt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Fingerabdruck: SHA256:%1</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Trusted in: %1</source>
        <translation>Vertraut in: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Private key here</source>
        <translation>Privater Schlüssel hier</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::KeysView</name>
    <message>
        <source>&lt;h2&gt;Signing keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Signaturschlüssel&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your private keys (Apkdesk&apos;s key folder and ~/.abuild) and the public keys you trust, in one list. Packages and indexes are trusted when signed by a key in a trusted folder.</source>
        <translation>Ihre privaten Schlüssel (Schlüsselordner von Apkdesk und ~/.abuild) und die öffentlichen Schlüssel, denen Sie vertrauen, in einer Liste. Paketen und Indizes wird vertraut, wenn sie mit einem Schlüssel aus einem vertrauenswürdigen Ordner signiert sind.</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Sign with…</source>
        <translation>&amp;Signieren mit…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Un&amp;trust</source>
        <translation>Vertrauen en&amp;tziehen</translation>
    </message>
    <message>
        <source>No keys yet. &lt;b&gt;Generate…&lt;/b&gt; creates a key pair; &lt;b&gt;Import…&lt;/b&gt; copies an existing abuild key.</source>
        <translation>Noch keine Schlüssel. &lt;b&gt;Erzeugen…&lt;/b&gt; legt ein Schlüsselpaar an; &lt;b&gt;Importieren…&lt;/b&gt; kopiert einen vorhandenen abuild-Schlüssel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fingerprint: &lt;tt&gt;SHA256:%1&lt;/tt&gt;</source>
        <translation>Fingerabdruck: &lt;tt&gt;SHA256:%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Private key: %1%2</source>
        <translation>Privater Schlüssel: %1%2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (verschlüsselt)</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Trusted in: %1</source>
        <translation>Vertraut in: %1</translation>
    </message>
    <message>
        <source>Not trusted on this machine.</source>
        <translation>Auf diesem Rechner nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Import Private Key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <source>abuild keys (*.rsa)</source>
        <translation>abuild-Schlüssel (*.rsa)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key)</source>
        <translation>PEM-Schlüssel (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Wrote %1: install it as /etc/apk/keys/%2</source>
        <translation>%1 geschrieben: installieren Sie sie als /etc/apk/keys/%2</translation>
    </message>
    <message>
        <source>Delete Private Key</source>
        <translation>Privaten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the private key %1?

Packages signed with it stay valid, but you can never sign with this key again unless you have a backup.</source>
        <translation>Den privaten Schlüssel %1 löschen?

Damit signierte Pakete bleiben gültig, aber Sie können mit diesem Schlüssel nie wieder signieren, sofern Sie keine Sicherung haben.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Untrust Failed</source>
        <translation>Entziehen des Vertrauens fehlgeschlagen</translation>
    </message>
    <message>
        <source>Trust Failed</source>
        <translation>Vertrauen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is no longer trusted</source>
        <translation>%1 wird nicht mehr vertraut</translation>
    </message>
    <message>
        <source>%1 is now trusted</source>
        <translation>%1 wird jetzt vertraut</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available: passphrases cannot be remembered across sessions. Apkdesk never writes them to a file.</source>
        <translation>Kein Secret Service (Schlüsselbund) verfügbar: Passphrasen können nicht über Sitzungen hinweg gemerkt werden. Apkdesk schreibt sie nie in eine Datei.</translation>
    </message>
    <message>
        <source>Remember for This Session Only</source>
        <translation>Nur für diese Sitzung merken</translation>
    </message>
    <message>
        <source>Passphrases and tokens are now kept in memory until Apkdesk quits.</source>
        <translation>Passphrasen und Tokens werden jetzt bis zum Beenden von Apkdesk im Speicher behalten.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Apkdesk</source>
        <translation>Apkdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Apkdesk</source>
        <translation>&amp;Über Apkdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Packages, Indexes or APKBUILDs</source>
        <translation>Pakete, Indizes oder APKBUILDs öffnen</translation>
    </message>
    <message>
        <source>Alpine files (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Packages (*.apk);;All files (*)</source>
        <translation>Alpine-Dateien (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Pakete (*.apk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;Apkdesk uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Über Qt&lt;/h3&gt;&lt;p&gt;Apkdesk verwendet Qt in Version %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt ist ein C++-Toolkit für plattformübergreifende Anwendungsentwicklung, verfügbar unter der GNU LGPL Version 3.&lt;/p&gt;&lt;p&gt;Weitere Informationen finden Sie auf &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 existiert nicht mehr; die Datei wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::OpenTarget</name>
    <message>
        <source>The sample repository was not built: %1 does not exist (build the apkdesk_sample_repo target).</source>
        <translation>Das Beispielrepository wurde nicht gebaut: %1 existiert nicht (bauen Sie das Ziel apkdesk_sample_repo).</translation>
    </message>
    <message>
        <source>No &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/APKINDEX.tar.gz in %1</source>
        <translation>Kein &lt;Version&gt;/&lt;Repository&gt;/&lt;Arch&gt;/APKINDEX.tar.gz in %1</translation>
    </message>
    <message>
        <source>Sample repository</source>
        <translation>Beispielrepository</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageDetailsView</name>
    <message>
        <source>Index made %1 UTC</source>
        <translation>Index erstellt am %1 UTC</translation>
    </message>
    <message>
        <source>Select a package to see its details.</source>
        <translation>Wählen Sie ein Paket aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Choose a repository on the left.</source>
        <translation>Wählen Sie links ein Repository.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Stellt bereit</translation>
    </message>
    <message>
        <source>Installed automatically when all are installed (install_if)</source>
        <translation>Wird automatisch installiert, wenn alle installiert sind (install_if)</translation>
    </message>
    <message>
        <source>Pulls in through install_if</source>
        <translation>Zieht über install_if nach</translation>
    </message>
    <message>
        <source>Same origin (%1)</source>
        <translation>Gleiche Herkunft (%1)</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>The packages appear here once you choose to browse this index.</source>
        <translation>Die Pakete erscheinen hier, sobald Sie sich entscheiden, diesen Index zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFileModel</name>
    <message>
        <source>%1 (folder not listed in the package)</source>
        <translation>%1 (Ordner nicht im Paket aufgeführt)</translation>
    </message>
    <message>
        <source>Recorded SHA-1: %1
Computed SHA-1: %2</source>
        <translation>Gespeichertes SHA-1: %1
Berechnetes SHA-1: %2</translation>
    </message>
    <message>
        <source>Extended attributes:</source>
        <translation>Erweiterte Attribute:</translation>
    </message>
    <message>
        <source>✓ SHA-1 matches</source>
        <translation>✓ SHA-1 stimmt</translation>
    </message>
    <message>
        <source>✗ SHA-1 MISMATCH</source>
        <translation>✗ SHA-1 STIMMT NICHT</translation>
    </message>
    <message>
        <source>no checksum</source>
        <translation>keine Prüfsumme</translation>
    </message>
    <message>
        <source>hardlink to %1</source>
        <translation>harter Link auf %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFilesPanel</name>
    <message>
        <source>Filter files by path…</source>
        <translation>Dateien nach Pfad filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a bad checksum</source>
        <translation>
            <numerusform>%n mit falscher Prüfsumme</numerusform>
            <numerusform>%n mit falscher Prüfsumme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated</source>
        <translation>
            <numerusform>%n doppelt</numerusform>
            <numerusform>%n doppelt</numerusform>
        </translation>
    </message>
    <message>
        <source>list cut</source>
        <translation>Liste gekürzt</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFilterBar</name>
    <message>
        <source>Search names, descriptions and provides (so:, cmd:, pc:)</source>
        <translation>Namen, Beschreibungen und Bereitstellungen durchsuchen (so:, cmd:, pc:)</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Herkünfte</translation>
    </message>
    <message>
        <source>All maintainers</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>All licenses</source>
        <translation>Alle Lizenzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every package again</source>
        <translation>Wieder alle Pakete anzeigen</translation>
    </message>
    <message>
        <source>%1 packages</source>
        <translation>%1 Pakete</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageInspectorView</name>
    <message>
        <source>Open packages…</source>
        <translation>Pakete öffnen…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation>Signieren mit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No package open&lt;/h3&gt;&lt;p&gt;Open .apk packages with &lt;b&gt;File › Open&lt;/b&gt;, by dropping them on the window, or from the command line.&lt;br&gt;Each package is verified against your trusted keys: who signed it, whether the signature holds and whether anything was altered.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Paket geöffnet&lt;/h3&gt;&lt;p&gt;Öffnen Sie .apk-Pakete mit &lt;b&gt;Datei › Öffnen&lt;/b&gt;, indem Sie sie auf das Fenster ziehen, oder über die Befehlszeile.&lt;br&gt;Jedes Paket wird gegen Ihre vertrauenswürdigen Schlüssel geprüft: wer es signiert hat, ob die Signatur stimmt und ob etwas verändert wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open packages</source>
        <translation>Pakete öffnen</translation>
    </message>
    <message>
        <source>Alpine packages (*.apk);;All files (*)</source>
        <translation>Alpine-Pakete (*.apk);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageOverviewPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Packager</source>
        <translation>Paketierer</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Baudatum</translation>
    </message>
    <message>
        <source>Installed size</source>
        <translation>Installierte Größe</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Paketgröße</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Stellt bereit</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installieren wenn</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Provider priority</source>
        <translation>Anbieterpriorität</translation>
    </message>
    <message>
        <source>Replaces priority</source>
        <translation>Ersetzungspriorität</translation>
    </message>
    <message>
        <source>No dependencies, provides or triggers</source>
        <translation>Keine Abhängigkeiten, Bereitstellungen oder Trigger</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackagePage</name>
    <message>
        <source>Verifying… %p%</source>
        <translation>Prüfung… %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Prüfung…</translation>
    </message>
    <message>
        <source>Unsafe entry: %1</source>
        <translation>Unsicherer Eintrag: %1</translation>
    </message>
    <message>
        <source>Duplicate entry: %1</source>
        <translation>Doppelter Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageScriptsPanel</name>
    <message>
        <source>SHA-1 %1</source>
        <translation>SHA-1 %1</translation>
    </message>
    <message>
        <source>[only the first %1 are shown]</source>
        <translation>[nur die ersten %1 werden angezeigt]</translation>
    </message>
    <message>
        <source>(no install scripts)</source>
        <translation>(keine Installationsskripte)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageSignaturePanel</name>
    <message>
        <source>Sign with…</source>
        <translation>Signieren mit…</translation>
    </message>
    <message>
        <source>Sign this package with one of your keys</source>
        <translation>Dieses Paket mit einem Ihrer Schlüssel signieren</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checked signature:</source>
        <translation>Geprüfte Signatur:</translation>
    </message>
    <message>
        <source>Identity (C:):</source>
        <translation>Identität (C:):</translation>
    </message>
    <message>
        <source>Data hash:</source>
        <translation>Daten-Hash:</translation>
    </message>
    <message>
        <source>Signature entries (★ = the one apk checks):</source>
        <translation>Signatureinträge (★ = der, den apk prüft):</translation>
    </message>
    <message>
        <source>Gzip member</source>
        <translation>gzip-Member</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>Unkomprimiert</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>%1 — %2, digest %3
key SHA-256 %4</source>
        <translation>%1 — %2, Digest %3
Schlüssel SHA-256 %4</translation>
    </message>
    <message>
        <source>none: no signature is by a trusted key</source>
        <translation>keine: keine Signatur stammt von einem vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <source>none: the package is not signed</source>
        <translation>keine: das Paket ist nicht signiert</translation>
    </message>
    <message>
        <source>unknown (control member incomplete)</source>
        <translation>unbekannt (Kontrollmember unvollständig)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>no datahash in .PKGINFO</source>
        <translation>kein datahash in .PKGINFO</translation>
    </message>
    <message>
        <source>✓ matches: %1</source>
        <translation>✓ stimmt: %1</translation>
    </message>
    <message>
        <source>✗ MISMATCH: .PKGINFO says %1, the data member is %2</source>
        <translation>✗ STIMMT NICHT: .PKGINFO nennt %1, das Datenmember ist %2</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arch.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Baudatum</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Private Key</source>
        <translation>Privaten Schlüssel entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a passphrase.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Fingerabdruck: SHA256:%1</translation>
    </message>
    <message>
        <source> Try again.</source>
        <translation> Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::RepositoryLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation>Index wird gelesen…</translation>
    </message>
    <message>
        <source>The index could not be read.</source>
        <translation>Der Index konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s index was made %1, before the copy seen earlier (made %2): it may be an old state replayed.</source>
        <translation>Der Index des Servers wurde am %1 erstellt, vor der zuvor gesehenen Kopie (erstellt am %2): es könnte ein wieder eingespielter alter Stand sein.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerProfileDialog</name>
    <message>
        <source>Upload Server</source>
        <translation>Upload-Server</translation>
    </message>
    <message>
        <source>e.g. Company repository</source>
        <translation>z. B. Firmen-Repository</translation>
    </message>
    <message>
        <source>reposerve</source>
        <translation>reposerve</translation>
    </message>
    <message>
        <source>Gitea / Forgejo package registry</source>
        <translation>Gitea-/Forgejo-Paketregistry</translation>
    </message>
    <message>
        <source>Used for noarch packages; other packages go to their own arch.</source>
        <translation>Wird für noarch-Pakete verwendet; andere Pakete gehen in ihre eigene Architektur.</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Nur Systemzertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Allow sending the token over plain http to this server</source>
        <translation>Senden des Tokens über unverschlüsseltes http an diesen Server erlauben</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and reuse the token. Only for servers reachable over a network you trust.</source>
        <translation>Jeder auf dem Netzwerkweg kann das Token lesen und wiederverwenden. Nur für Server, die über ein vertrauenswürdiges Netz erreichbar sind.</translation>
    </message>
    <message>
        <source>Package owner:</source>
        <translation>Paketeigentümer:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Default arch:</source>
        <translation>Standardarchitektur:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>Standardzweig:</translation>
    </message>
    <message>
        <source>Default version:</source>
        <translation>Standardversion:</translation>
    </message>
    <message>
        <source>Default repository:</source>
        <translation>Standard-Repository:</translation>
    </message>
    <message>
        <source>user or organisation</source>
        <translation>Benutzer oder Organisation</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>arch</source>
        <translation>Arch</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation>Die CA-Zertifikatsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerSidebar</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Add a server by URL…</source>
        <translation>Server per URL hinzufügen…</translation>
    </message>
    <message>
        <source>Import /etc/apk/repositories…</source>
        <translation>/etc/apk/repositories importieren…</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Den ausgewählten Server entfernen</translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation>Den ausgewählten Ordner neu auflisten</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>List Again</source>
        <translation>Neu auflisten</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Die CA-Datei von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Import Repositories</source>
        <translation>Repositorys importieren</translation>
    </message>
    <message>
        <source>apk repositories (repositories);;All files (*)</source>
        <translation>apk-Repositorys (repositories);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Some lines of %1 were not imported: %2</source>
        <translation>Einige Zeilen von %1 wurden nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 names no repository that is not already in the list.</source>
        <translation>%1 nennt kein Repository, das nicht schon in der Liste steht.</translation>
    </message>
    <message>
        <source>%1 is not on this server.</source>
        <translation>%1 ist nicht auf diesem Server.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerTreeModel</name>
    <message>
        <source>%1 (listing…)</source>
        <translation>%1 (wird aufgelistet…)</translation>
    </message>
    <message>
        <source>%1
Could not list this folder: %2</source>
        <translation>%1
Dieser Ordner konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1
Nothing found in this folder</source>
        <translation>%1
In diesem Ordner wurde nichts gefunden</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SetTokenDialog</name>
    <message>
        <source>Set Token for %1</source>
        <translation>Token für %1 festlegen</translation>
    </message>
    <message>
        <source>Paste an access token of %1 with the package write scope. It is kept in the system keychain, never in a settings file.</source>
        <translation>Fügen Sie ein Zugriffstoken von %1 mit Schreibrecht für Pakete ein. Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Paste the JWT this reposerve accepts (for example a CI job token). It is kept in the system keychain, never in a settings file.</source>
        <translation>Fügen Sie das JWT ein, das dieser reposerve akzeptiert (zum Beispiel ein CI-Job-Token). Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Keep the token for this session only (forgotten when Apkdesk quits)</source>
        <translation>Token nur für diese Sitzung behalten (wird beim Beenden von Apkdesk vergessen)</translation>
    </message>
    <message>
        <source>Token %1.</source>
        <translation>Token %1.</translation>
    </message>
    <message numerus="yes">
        <source>Access token, %n character(s).</source>
        <translation>
            <numerusform>Zugriffstoken, %n Zeichen.</numerusform>
            <numerusform>Zugriffstoken, %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret service (keychain) is available on this desktop, so the token cannot be stored permanently. Apkdesk never writes tokens to a plain file. You can keep it for this session only.</source>
        <translation>Auf diesem Desktop ist kein Secret Service (Schlüsselbund) verfügbar, daher kann das Token nicht dauerhaft gespeichert werden. Apkdesk schreibt Tokens nie in eine einfache Datei. Sie können es nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignDialog</name>
    <message>
        <source>Sign with…</source>
        <translation>Signieren mit…</translation>
    </message>
    <message>
        <source>Packages (.apk) and indexes (APKINDEX.tar.gz) to sign:</source>
        <translation>Zu signierende Pakete (.apk) und Indizes (APKINDEX.tar.gz):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>RSA with SHA-1 (.SIGN.RSA, what abuild-sign writes)</source>
        <translation>RSA mit SHA-1 (.SIGN.RSA, was abuild-sign schreibt)</translation>
    </message>
    <message>
        <source>RSA with SHA-256 (.SIGN.RSA256)</source>
        <translation>RSA mit SHA-256 (.SIGN.RSA256)</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Add beside other keys&apos; signatures (this key&apos;s own is replaced)</source>
        <translation>Neben den Signaturen anderer Schlüssel hinzufügen (die eigene dieses Schlüssels wird ersetzt)</translation>
    </message>
    <message>
        <source>Replace all existing signatures</source>
        <translation>Alle vorhandenen Signaturen ersetzen</translation>
    </message>
    <message>
        <source>Existing signatures:</source>
        <translation>Vorhandene Signaturen:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source> — %1 bits</source>
        <translation> — %1 Bit</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <source>No private keys — generate or import one in the Keys view</source>
        <translation>Keine privaten Schlüssel — erzeugen oder importieren Sie einen in der Ansicht Schlüssel</translation>
    </message>
    <message>
        <source>Add Files to Sign</source>
        <translation>Zu signierende Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Packages and indexes (*.apk *.tar.gz)</source>
        <translation>Pakete und Indizes (*.apk *.tar.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>%1 wird entsperrt…</translation>
    </message>
    <message>
        <source>Not signed: no passphrase given.</source>
        <translation>Nicht signiert: keine Passphrase angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Signing %n file(s) with %1…</source>
        <translation>
            <numerusform>%n Datei wird mit %1 signiert…</numerusform>
            <numerusform>%n Dateien werden mit %1 signiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>signed; replaced %1</source>
        <translation>signiert; %1 ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>Signed %n file(s).</source>
        <translation>
            <numerusform>%n Datei signiert.</numerusform>
            <numerusform>%n Dateien signiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (left unchanged).</source>
        <translation>
            <numerusform>%n fehlgeschlagen (unverändert gelassen).</numerusform>
            <numerusform>%n fehlgeschlagen (unverändert gelassen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed (cancelled).</source>
        <translation>
            <numerusform>%n nicht signiert (abgebrochen).</numerusform>
            <numerusform>%n nicht signiert (abgebrochen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignatureBadge</name>
    <message>
        <source>Trusted: signed by %1</source>
        <translation>Vertrauenswürdig: signiert von %1</translation>
    </message>
    <message>
        <source>Untrusted: signed by %1, a key you do not trust</source>
        <translation>Nicht vertrauenswürdig: signiert von %1, einem Schlüssel, dem Sie nicht vertrauen</translation>
    </message>
    <message>
        <source>Unsigned: nobody vouches for this index</source>
        <translation>Unsigniert: niemand bürgt für diesen Index</translation>
    </message>
    <message>
        <source>Bad signature: the signature by %1 does not match the index</source>
        <translation>Falsche Signatur: die Signatur von %1 passt nicht zum Index</translation>
    </message>
    <message>
        <source>Browsing anyway, as you chose: nothing here is vouched for.</source>
        <translation>Wie gewählt trotzdem durchsucht: für nichts hier wird gebürgt.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignatureTableModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>key not trusted</source>
        <translation>Schlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>not checked (file incomplete)</source>
        <translation>nicht geprüft (Datei unvollständig)</translation>
    </message>
    <message>
        <source>Gzip member %1 at bytes %2–%3, %4 signature bytes</source>
        <translation>gzip-Member %1 bei Byte %2–%3, %4 Signaturbytes</translation>
    </message>
    <message>
        <source>Trusted key SHA-256: %1</source>
        <translation>SHA-256 des vertrauenswürdigen Schlüssels: %1</translation>
    </message>
    <message>
        <source>This is the signature apk checks: the first one by a trusted key.</source>
        <translation>Das ist die Signatur, die apk prüft: die erste von einem vertrauenswürdigen Schlüssel.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Server / package</source>
        <translation>Server / Paket</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>No uploads yet.</source>
        <translation>Noch keine Uploads.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadPackageModel</name>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Untrusted key</source>
        <translation>Nicht vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Beschädigt: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent, checking the index…</source>
        <translation>Gesendet, Index wird geprüft…</translation>
    </message>
    <message>
        <source>Confirmed in the signed index</source>
        <translation>Im signierten Index bestätigt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arch.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadView</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set Token…</source>
        <translation>Token festlegen…</translation>
    </message>
    <message>
        <source>Trust Registry Key…</source>
        <translation>Registry-Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Fetch the key this Gitea/Forgejo registry signs its index with, and decide whether to trust it.</source>
        <translation>Den Schlüssel abrufen, mit dem diese Gitea/Forgejo-Registry ihren Index signiert, und entscheiden, ob ihm vertraut wird.</translation>
    </message>
    <message>
        <source>Also send packages not signed by a trusted key</source>
        <translation>Auch Pakete senden, die nicht von einem vertrauenswürdigen Schlüssel signiert sind</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Drop .apk files or abuild output folders here.</source>
        <translation>Legen Sie hier .apk-Dateien oder Ausgabeordner von abuild ab.</translation>
    </message>
    <message>
        <source>Add Packages…</source>
        <translation>Pakete hinzufügen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show in Browser</source>
        <translation>Im Browser anzeigen</translation>
    </message>
    <message>
        <source>Open the confirmed package in the repository browser.</source>
        <translation>Das bestätigte Paket im Repository-Browser öffnen.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(each package&apos;s arch)</source>
        <translation>(Architektur des jeweiligen Pakets)</translation>
    </message>
    <message>
        <source>Add an upload server first</source>
        <translation>Fügen Sie zuerst einen Upload-Server hinzu</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Missing. No keychain is available: a token can be kept for this session only.</source>
        <translation>Fehlt. Kein Schlüsselbund verfügbar: ein Token kann nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <source>Could not read the keychain: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Missing: set a token for this server.</source>
        <translation>Fehlt: legen Sie ein Token für diesen Server fest.</translation>
    </message>
    <message>
        <source>(kept for this session only)</source>
        <translation>(nur für diese Sitzung behalten)</translation>
    </message>
    <message>
        <source>Add Packages</source>
        <translation>Pakete hinzufügen</translation>
    </message>
    <message>
        <source>Alpine packages (*.apk);;All files (*)</source>
        <translation>Alpine-Pakete (*.apk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its token from the keychain?</source>
        <translation>%1 und sein Token aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Fetching the registry&apos;s key…</source>
        <translation>Schlüssel der Registry wird abgerufen…</translation>
    </message>
    <message>
        <source>Trust Registry Key</source>
        <translation>Registry-Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>The registry signs its index with the key &quot;%1&quot; (RSA %2 bits).

SHA-256 fingerprint:
%3

Trust it only if this fingerprint matches what the registry&apos;s administrator published. Trust this key?</source>
        <translation>Die Registry signiert ihren Index mit dem Schlüssel „%1“ (RSA %2 Bit).

SHA-256-Fingerabdruck:
%3

Vertrauen Sie ihm nur, wenn dieser Fingerabdruck mit dem übereinstimmt, den der Administrator der Registry veröffentlicht hat. Diesem Schlüssel vertrauen?</translation>
    </message>
    <message>
        <source>%1 is now trusted.</source>
        <translation>%1 wird jetzt vertraut.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Upload wird gestartet…</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::VerdictBadge</name>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Untrusted key</source>
        <translation>Nicht vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Data altered</source>
        <translation>Daten verändert</translation>
    </message>
    <message>
        <source>File altered</source>
        <translation>Datei verändert</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Refused (limit)</source>
        <translation>Abgelehnt (Grenze)</translation>
    </message>
    <message>
        <source>Not a package</source>
        <translation>Kein Paket</translation>
    </message>
    <message>
        <source>apk v3 package</source>
        <translation>apk-v3-Paket</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>apkdesk::versions</name>
    <message>
        <source>first version &apos;%1&apos; is invalid</source>
        <translation>erste Version „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>second version &apos;%1&apos; is invalid</source>
        <translation>zweite Version „%1“ ist ungültig</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Trust the public keys in DIR (repeatable; replaces the configured folders).</source>
        <translation>Den öffentlichen Schlüsseln in DIR vertrauen (wiederholbar; ersetzt die konfigurierten Ordner).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: apkdesk-cli &lt;command&gt; [options] [arguments]</source>
        <translation>Aufruf: apkdesk-cli &lt;Befehl&gt; [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;apkdesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Rufen Sie „apkdesk-cli &lt;Befehl&gt; --help“ auf, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>apkdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>apkdesk-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Package name (required).</source>
        <translation>Paketname (erforderlich).</translation>
    </message>
    <message>
        <source>Full version with release, e.g. 1.2.3-r0 (required).</source>
        <translation>Vollständige Version mit Release, z. B. 1.2.3-r0 (erforderlich).</translation>
    </message>
    <message>
        <source>One-line description.</source>
        <translation>Einzeilige Beschreibung.</translation>
    </message>
    <message>
        <source>Project URL.</source>
        <translation>Projekt-URL.</translation>
    </message>
    <message>
        <source>Architecture (default noarch).</source>
        <translation>Architektur (Standard noarch).</translation>
    </message>
    <message>
        <source>SPDX license expression.</source>
        <translation>SPDX-Lizenzausdruck.</translation>
    </message>
    <message>
        <source>Origin package (default: the name).</source>
        <translation>Ursprungspaket (Standard: der Name).</translation>
    </message>
    <message>
        <source>Maintainer, &quot;Name &lt;mail&gt;&quot;.</source>
        <translation>Betreuer, „Name &lt;Mail&gt;“.</translation>
    </message>
    <message>
        <source>Packager, &quot;Name &lt;mail&gt;&quot; (default: $PACKAGER or Unknown).</source>
        <translation>Paketierer, „Name &lt;Mail&gt;“ (Standard: $PACKAGER oder Unknown).</translation>
    </message>
    <message>
        <source>Source commit id.</source>
        <translation>Commit-ID der Quelle.</translation>
    </message>
    <message>
        <source>Dependency (repeatable or space-separated).</source>
        <translation>Abhängigkeit (wiederholbar oder durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <source>Provided name (repeatable).</source>
        <translation>Bereitgestellter Name (wiederholbar).</translation>
    </message>
    <message>
        <source>Replaced package (repeatable).</source>
        <translation>Ersetztes Paket (wiederholbar).</translation>
    </message>
    <message>
        <source>install_if condition (repeatable).</source>
        <translation>install_if-Bedingung (wiederholbar).</translation>
    </message>
    <message>
        <source>Trigger folder (repeatable; needs --script trigger=FILE).</source>
        <translation>Trigger-Ordner (wiederholbar; braucht --script trigger=FILE).</translation>
    </message>
    <message>
        <source>Read the key passphrase from environment variable VAR (never pass it as an argument).</source>
        <translation>Die Passphrase des Schlüssels aus der Umgebungsvariablen VAR lesen (nie als Argument übergeben).</translation>
    </message>
    <message>
        <source>Read the key passphrase from file descriptor N (first line).</source>
        <translation>Die Passphrase des Schlüssels aus Dateideskriptor N lesen (erste Zeile).</translation>
    </message>
    <message>
        <source>environment variable %1 (named by --passphrase-env) is not set</source>
        <translation>Umgebungsvariable %1 (mit --passphrase-env angegeben) ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot read the passphrase from file descriptor %1</source>
        <translation>die Passphrase kann nicht aus Dateideskriptor %1 gelesen werden</translation>
    </message>
    <message>
        <source>a passphrase is needed: use --passphrase-env VAR or --passphrase-fd N (no terminal to ask on)</source>
        <translation>eine Passphrase wird benötigt: verwenden Sie --passphrase-env VAR oder --passphrase-fd N (kein Terminal zum Nachfragen)</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>die Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>only the public half of %1 is here; signing needs the private key</source>
        <translation>nur der öffentliche Teil von %1 ist vorhanden; zum Signieren wird der private Schlüssel benötigt</translation>
    </message>
    <message>
        <source>warning: %1 is readable by other users (chmod 600 it)</source>
        <translation>Warnung: %1 ist für andere Benutzer lesbar (chmod 600 ausführen)</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>Generate, list, import and export abuild signing keys</source>
        <translation>abuild-Signaturschlüssel erzeugen, auflisten, importieren und exportieren</translation>
    </message>
    <message>
        <source>Manage abuild-compatible RSA signing keys.

  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]
  list
  import FILE [--dir DIR]
  export-public KEY [-o FILE]
  fingerprint KEY|FILE

KEY is a key file, a key name (alice-6b0ae07e.rsa) or a fingerprint prefix.</source>
        <translation>abuild-kompatible RSA-Signaturschlüssel verwalten.

  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]
  list
  import FILE [--dir DIR]
  export-public KEY [-o FILE]
  fingerprint KEY|FILE

KEY ist eine Schlüsseldatei, ein Schlüsselname (alice-6b0ae07e.rsa) oder ein Präfix des Fingerabdrucks.</translation>
    </message>
    <message>
        <source>generate, list, import, export-public or fingerprint</source>
        <translation>generate, list, import, export-public oder fingerprint</translation>
    </message>
    <message>
        <source>Key name: your e-mail or user name.</source>
        <translation>Schlüsselname: Ihre E-Mail-Adresse oder Ihr Benutzername.</translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation>RSA-Schlüssellänge (Standard 4096).</translation>
    </message>
    <message>
        <source>Protect the new private key with a passphrase (AES-256).</source>
        <translation>Den neuen privaten Schlüssel mit einer Passphrase schützen (AES-256).</translation>
    </message>
    <message>
        <source>Key folder (default: Apkdesk&apos;s key folder).</source>
        <translation>Schlüsselordner (Standard: der Schlüsselordner von Apkdesk).</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>bad arguments for &apos;%1&apos;</source>
        <translation>falsche Argumente für „%1“</translation>
    </message>
    <message>
        <source>--name is needed</source>
        <translation>--name wird benötigt</translation>
    </message>
    <message>
        <source>--bits must be a number</source>
        <translation>--bits muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Passphrase für den neuen Schlüssel: </translation>
    </message>
    <message>
        <source>an empty passphrase does not protect anything</source>
        <translation>eine leere Passphrase schützt nichts</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Fingerabdruck: SHA256:%1</translation>
    </message>
    <message>
        <source>Copy the public key into /etc/apk/keys on the machines that should trust it.</source>
        <translation>Kopieren Sie den öffentlichen Schlüssel nach /etc/apk/keys auf den Rechnern, die ihm vertrauen sollen.</translation>
    </message>
    <message>
        <source>No keys. Create one with: apkdesk-cli key generate --name you@example.org</source>
        <translation>Keine Schlüssel. Erzeugen Sie einen mit: apkdesk-cli key generate --name sie@example.org</translation>
    </message>
    <message>
        <source>fingerprint: SHA256:%1</source>
        <translation>Fingerabdruck: SHA256:%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>size: %1 bits</source>
        <translation>Länge: %1 Bit</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>erstellt: %1</translation>
    </message>
    <message>
        <source>private key: %1</source>
        <translation>privater Schlüssel: %1</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (verschlüsselt)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>trusted in: %1</source>
        <translation>vertraut in: %1</translation>
    </message>
    <message>
        <source>warning: the private key is readable by other users</source>
        <translation>Warnung: der private Schlüssel ist für andere Benutzer lesbar</translation>
    </message>
    <message>
        <source>warning: the .pub next to it belongs to another key</source>
        <translation>Warnung: die .pub-Datei daneben gehört zu einem anderen Schlüssel</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Imported %1 (SHA256:%2)</source>
        <translation>%1 importiert (SHA256:%2)</translation>
    </message>
    <message>
        <source>Wrote %1 (install it as /etc/apk/keys/%2)</source>
        <translation>%1 geschrieben (installieren Sie sie als /etc/apk/keys/%2)</translation>
    </message>
    <message>
        <source>the key is encrypted and has no .pub next to it: unlock it with &apos;key export-public&apos;</source>
        <translation>der Schlüssel ist verschlüsselt und hat keine .pub-Datei daneben: entsperren Sie ihn mit „key export-public“</translation>
    </message>
    <message>
        <source>Create .apk packages from a folder tree</source>
        <translation>Aus einem Ordnerbaum .apk-Pakete erstellen</translation>
    </message>
    <message>
        <source>package create DIR --name N --version V [options] -o FILE.apk [--key KEY]

Builds a v2 package the way abuild does: data and control tars with checksums, .PKGINFO with size and datahash, optionally signed.</source>
        <translation>package create DIR --name N --version V [Optionen] -o FILE.apk [--key KEY]

Baut ein v2-Paket so wie abuild: Daten- und Kontroll-tars mit Prüfsummen, .PKGINFO mit Größe und datahash, optional signiert.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>The folder tree that becomes the package&apos;s files.</source>
        <translation>Der Ordnerbaum, aus dem die Dateien des Pakets werden.</translation>
    </message>
    <message>
        <source>Install script NAME=FILE, NAME one of pre-install, post-install, pre-upgrade, post-upgrade, pre-deinstall, post-deinstall, trigger (repeatable; order kept).</source>
        <translation>Installationsskript NAME=FILE, NAME einer von pre-install, post-install, pre-upgrade, post-upgrade, pre-deinstall, post-deinstall, trigger (wiederholbar; Reihenfolge bleibt erhalten).</translation>
    </message>
    <message>
        <source>Build time, seconds since 1970 (default: $SOURCE_DATE_EPOCH or now).</source>
        <translation>Bauzeit in Sekunden seit 1970 (Standard: $SOURCE_DATE_EPOCH oder jetzt).</translation>
    </message>
    <message>
        <source>provider_priority.</source>
        <translation>provider_priority.</translation>
    </message>
    <message>
        <source>replaces_priority.</source>
        <translation>replaces_priority.</translation>
    </message>
    <message>
        <source>The .apk to write.</source>
        <translation>Die zu schreibende .apk.</translation>
    </message>
    <message>
        <source>Sign with this private key.</source>
        <translation>Mit diesem privaten Schlüssel signieren.</translation>
    </message>
    <message>
        <source>Sign with RSA/SHA-256.</source>
        <translation>Mit RSA/SHA-256 signieren.</translation>
    </message>
    <message>
        <source>usage: package create DIR --name N --version V -o FILE.apk</source>
        <translation>Aufruf: package create DIR --name N --version V -o FILE.apk</translation>
    </message>
    <message>
        <source>-o FILE.apk is needed</source>
        <translation>-o FILE.apk wird benötigt</translation>
    </message>
    <message>
        <source>--script wants NAME=FILE, got &apos;%1&apos;</source>
        <translation>--script erwartet NAME=FILE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Created %1 (%2 files, %3 bytes installed%4)</source>
        <translation>%1 erstellt (%2 Dateien, %3 Byte installiert%4)</translation>
    </message>
    <message>
        <source>, signed with %1</source>
        <translation>, signiert mit %1</translation>
    </message>
    <message>
        <source>--builddate must be seconds since 1970</source>
        <translation>--builddate muss in Sekunden seit 1970 angegeben werden</translation>
    </message>
    <message>
        <source>--provider-priority must be a number</source>
        <translation>--provider-priority muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--replaces-priority must be a number</source>
        <translation>--replaces-priority muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Sign packages or APKINDEX.tar.gz like abuild-sign</source>
        <translation>Pakete oder APKINDEX.tar.gz wie abuild-sign signieren</translation>
    </message>
    <message>
        <source>Signs v2 packages (.apk) and indexes (APKINDEX.tar.gz) in place, atomically. A signature by the same key is replaced, never duplicated; other keys&apos; signatures stay unless --replace is given.</source>
        <translation>Signiert v2-Pakete (.apk) und Indizes (APKINDEX.tar.gz) direkt und atomar. Eine Signatur desselben Schlüssels wird ersetzt, nie verdoppelt; Signaturen anderer Schlüssel bleiben erhalten, außer mit --replace.</translation>
    </message>
    <message>
        <source>Packages or indexes to sign.</source>
        <translation>Zu signierende Pakete oder Indizes.</translation>
    </message>
    <message>
        <source>Private key: a file, a key name or a fingerprint prefix.</source>
        <translation>Privater Schlüssel: eine Datei, ein Schlüsselname oder ein Präfix des Fingerabdrucks.</translation>
    </message>
    <message>
        <source>RSA with SHA-256 (.SIGN.RSA256.*) instead of SHA-1.</source>
        <translation>RSA mit SHA-256 (.SIGN.RSA256.*) statt SHA-1.</translation>
    </message>
    <message>
        <source>Remove every existing signature first.</source>
        <translation>Zuerst alle vorhandenen Signaturen entfernen.</translation>
    </message>
    <message>
        <source>Write the signed file here instead of in place (one FILE only).</source>
        <translation>Die signierte Datei hierhin schreiben statt sie direkt zu ändern (nur eine FILE).</translation>
    </message>
    <message>
        <source>no file to sign</source>
        <translation>keine Datei zum Signieren</translation>
    </message>
    <message>
        <source>--key is needed</source>
        <translation>--key wird benötigt</translation>
    </message>
    <message>
        <source>--output works with one file only</source>
        <translation>--output funktioniert nur mit einer Datei</translation>
    </message>
    <message>
        <source>Signed %1 (%2)</source>
        <translation>%1 signiert (%2)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 ersetzt</translation>
    </message>
</context>
<context>
    <name>cli::extract</name>
    <message numerus="yes">
        <source>%1: %2; %n entries written to %3</source>
        <translation>
            <numerusform>%1: %2; %n Eintrag nach %3 geschrieben</numerusform>
            <numerusform>%1: %2; %n Einträge nach %3 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::index</name>
    <message>
        <source>warning: %1 could not be reached (%2); using the cached copy</source>
        <translation>Warnung: %1 ist nicht erreichbar (%2); die zwischengespeicherte Kopie wird verwendet</translation>
    </message>
    <message>
        <source>Read the index even when it is unsigned, signed by an unknown key or its signature does not verify.</source>
        <translation>Den Index auch lesen, wenn er unsigniert ist, von einem unbekannten Schlüssel signiert wurde oder seine Signatur nicht stimmt.</translation>
    </message>
    <message>
        <source>%1; use --allow-untrusted to read it anyway</source>
        <translation>%1; mit --allow-untrusted trotzdem lesen</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>  (BROKEN: nothing provides it)</source>
        <translation>  (DEFEKT: nichts stellt es bereit)</translation>
    </message>
    <message>
        <source>  (no matching version)</source>
        <translation>  (keine passende Version)</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installieren wenn</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Installed automatically with it (install_if)</source>
        <translation>Wird automatisch mit installiert (install_if)</translation>
    </message>
    <message>
        <source>Same origin</source>
        <translation>Gleiche Herkunft</translation>
    </message>
    <message>
        <source>Read an APKINDEX.tar.gz (file, file:// or http(s) URL of the index or of its repository folder), verify it and list its packages.</source>
        <translation>Eine APKINDEX.tar.gz lesen (Datei, file://- oder http(s)-URL des Index oder seines Repository-Ordners), prüfen und ihre Pakete auflisten.</translation>
    </message>
    <message>
        <source>Show one package: every field, dependencies resolved, reverse dependencies.</source>
        <translation>Ein Paket anzeigen: alle Felder, aufgelöste Abhängigkeiten, umgekehrte Abhängigkeiten.</translation>
    </message>
    <message>
        <source>APKINDEX.tar.gz path or URL.</source>
        <translation>Pfad oder URL der APKINDEX.tar.gz.</translation>
    </message>
    <message>
        <source>give exactly one index</source>
        <translation>geben Sie genau einen Index an</translation>
    </message>
    <message>
        <source>no package named &apos;%1&apos; in the index</source>
        <translation>kein Paket namens „%1“ im Index</translation>
    </message>
    <message>
        <source>Index:       %1</source>
        <translation>Index:         %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung:  %1</translation>
    </message>
    <message>
        <source>Signature:   %1 (%2)</source>
        <translation>Signatur:      %1 (%2)</translation>
    </message>
    <message>
        <source>Built:       %1</source>
        <translation>Erstellt:      %1</translation>
    </message>
    <message>
        <source>Packages:    %1</source>
        <translation>Pakete:        %1</translation>
    </message>
    <message>
        <source>Broken dependencies: %1 (nothing provides them)</source>
        <translation>Defekte Abhängigkeiten: %1 (nichts stellt sie bereit)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Build APKINDEX.tar.gz from a folder of packages (or package files) like `apk index`, and sign it.</source>
        <translation>Eine APKINDEX.tar.gz aus einem Paketordner (oder Paketdateien) wie `apk index` erstellen und signieren.</translation>
    </message>
    <message>
        <source>Index file to write.</source>
        <translation>Zu schreibende Indexdatei.</translation>
    </message>
    <message>
        <source>Repository description (DESCRIPTION).</source>
        <translation>Repository-Beschreibung (DESCRIPTION).</translation>
    </message>
    <message>
        <source>Write ARCH as every package&apos;s arch.</source>
        <translation>ARCH als Architektur jedes Pakets schreiben.</translation>
    </message>
    <message>
        <source>Sign with this private key (file, key name or fingerprint).</source>
        <translation>Mit diesem privaten Schlüssel signieren (Datei, Schlüsselname oder Fingerabdruck).</translation>
    </message>
    <message>
        <source>Public key name in the signature (default: the key file name + .pub).</source>
        <translation>Name des öffentlichen Schlüssels in der Signatur (Standard: Dateiname des Schlüssels + .pub).</translation>
    </message>
    <message>
        <source>Sign with SHA-256 (RSA256) instead of SHA-1.</source>
        <translation>Mit SHA-256 (RSA256) statt SHA-1 signieren.</translation>
    </message>
    <message>
        <source>A folder of .apk files, or .apk files.</source>
        <translation>Ein Ordner mit .apk-Dateien oder .apk-Dateien.</translation>
    </message>
    <message>
        <source>no packages given</source>
        <translation>keine Pakete angegeben</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>note: %1 skipped: a newer build of the same version is indexed</source>
        <translation>Hinweis: %1 übersprungen: ein neuerer Build derselben Version ist indiziert</translation>
    </message>
    <message>
        <source>warning: no provider for: %1</source>
        <translation>Warnung: kein Anbieter für: %1</translation>
    </message>
    <message>
        <source>%1: %2 packages</source>
        <translation>%1: %2 Pakete</translation>
    </message>
    <message>
        <source>, signed (%1)</source>
        <translation>, signiert (%1)</translation>
    </message>
    <message>
        <source>Show or build a repository index (APKINDEX.tar.gz)</source>
        <translation>Einen Repository-Index (APKINDEX.tar.gz) anzeigen oder erstellen</translation>
    </message>
    <message>
        <source>Usage: apkdesk-cli index show FILE|URL [--json] [--package NAME] [--keys-dir DIR]... [--allow-untrusted]
       apkdesk-cli index build DIR -o FILE [--sign KEY] [--description TEXT] [--rewrite-arch ARCH]
</source>
        <translation>Aufruf: apkdesk-cli index show FILE|URL [--json] [--package NAME] [--keys-dir DIR]... [--allow-untrusted]
        apkdesk-cli index build DIR -o FILE [--sign KEY] [--description TEXT] [--rewrite-arch ARCH]
</translation>
    </message>
    <message>
        <source>apkdesk-cli index: missing subcommand</source>
        <translation>apkdesk-cli index: Unterbefehl fehlt</translation>
    </message>
    <message>
        <source>apkdesk-cli index: unknown subcommand &apos;%1&apos;</source>
        <translation>apkdesk-cli index: unbekannter Unterbefehl „%1“</translation>
    </message>
</context>
<context>
    <name>cli::search</name>
    <message>
        <source>Search a repository index by name, description and provides</source>
        <translation>Einen Repository-Index nach Name, Beschreibung und Bereitstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Search an APKINDEX.tar.gz: every word of TERM must appear (case-insensitively) in a package&apos;s name, description or provides (so:, cmd:, pc: names). Exit code 1 when nothing matches.</source>
        <translation>Eine APKINDEX.tar.gz durchsuchen: jedes Wort von TERM muss (ohne Beachtung der Groß-/Kleinschreibung) im Namen, in der Beschreibung oder in den Bereitstellungen eines Pakets vorkommen (Namen mit so:, cmd:, pc:). Exit-Code 1, wenn nichts passt.</translation>
    </message>
    <message>
        <source>Only packages with exactly this %1.</source>
        <translation>Nur Pakete mit genau diesem Wert für %1.</translation>
    </message>
    <message>
        <source>Sort by name (default), version, arch, size, installed-size, build-time, origin, maintainer or license.</source>
        <translation>Sortieren nach name (Standard), version, arch, size, installed-size, build-time, origin, maintainer oder license.</translation>
    </message>
    <message>
        <source>APKINDEX.tar.gz path or URL.</source>
        <translation>Pfad oder URL der APKINDEX.tar.gz.</translation>
    </message>
    <message>
        <source>Words to look for (may be empty with filters).</source>
        <translation>Zu suchende Wörter (mit Filtern darf das leer sein).</translation>
    </message>
    <message>
        <source>no index given</source>
        <translation>kein Index angegeben</translation>
    </message>
    <message>
        <source>unknown sort key &apos;%1&apos;</source>
        <translation>unbekannter Sortierschlüssel „%1“</translation>
    </message>
    <message>
        <source>give a search term or a filter</source>
        <translation>geben Sie einen Suchbegriff oder einen Filter an</translation>
    </message>
</context>
<context>
    <name>cli::verify</name>
    <message>
        <source>Verify .apk packages&apos; signatures and integrity</source>
        <translation>Signaturen und Integrität von .apk-Paketen prüfen</translation>
    </message>
    <message>
        <source>Package files (.apk).</source>
        <translation>Paketdateien (.apk).</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>kein Paket angegeben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Alpine package repository desktop</source>
        <translation>Desktop-Werkzeug für Alpine-Paketrepositorys</translation>
    </message>
    <message>
        <source>Packages, indexes or APKBUILDs to open.</source>
        <translation>Zu öffnende Pakete, Indizes oder APKBUILDs.</translation>
    </message>
    <message>
        <source>Open the sample repository made by the build (its key is trusted for it only).</source>
        <translation>Das beim Bauen erzeugte Beispielrepository öffnen (sein Schlüssel gilt nur für dieses).</translation>
    </message>
    <message>
        <source>Open a repository: a server root, an arch folder, an index URL or file.</source>
        <translation>Ein Repository öffnen: Server-Wurzel, Architekturordner, Index-URL oder -Datei.</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Sign with…</source>
        <translation>&amp;Signieren mit…</translation>
    </message>
    <message>
        <source>APKBUILDs</source>
        <translation>APKBUILDs</translation>
    </message>
</context>
</TS>
