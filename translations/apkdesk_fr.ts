<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExtractCommand</name>
    <message>
        <source>Extract a verified .apk package&apos;s files into a folder</source>
        <translation>Extraire dans un dossier les fichiers d’un paquet .apk vérifié</translation>
    </message>
    <message>
        <source>Extract even when the package is not trusted (unsafe paths are still refused).</source>
        <translation>Extraire même si le paquet n’est pas de confiance (les chemins dangereux restent refusés).</translation>
    </message>
    <message>
        <source>Replace files that already exist in DIR.</source>
        <translation>Remplacer les fichiers qui existent déjà dans DIR.</translation>
    </message>
    <message>
        <source>Package file (.apk).</source>
        <translation>Fichier de paquet (.apk).</translation>
    </message>
    <message>
        <source>Target folder (created if missing).</source>
        <translation>Dossier cible (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>give a package and a target folder</source>
        <translation>indiquez un paquet et un dossier cible</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Download a package from a repository, checked against its index</source>
        <translation>Télécharger un paquet depuis un dépôt, vérifié avec son index</translation>
    </message>
    <message>
        <source>Downloads NAME (its newest version) from the repository folder URL (or the folder of the APKINDEX.tar.gz URL). The index must verify against the trusted keys; the package is kept only when its control checksum equals the index&apos;s C: field.</source>
        <translation>Télécharge NAME (sa version la plus récente) depuis le dossier de dépôt URL (ou le dossier de l’URL de l’APKINDEX.tar.gz). L’index doit se vérifier avec les clés de confiance ; le paquet n’est conservé que si sa somme de contrôle de contrôle est égale au champ C: de l’index.</translation>
    </message>
    <message>
        <source>Folder to write the package to (default: the current folder).</source>
        <translation>Dossier où écrire le paquet (par défaut : le dossier courant).</translation>
    </message>
    <message>
        <source>Repository folder (…/&lt;version&gt;/&lt;repo&gt;/&lt;arch&gt;/).</source>
        <translation>Dossier du dépôt (…/&lt;version&gt;/&lt;dépôt&gt;/&lt;arch&gt;/).</translation>
    </message>
    <message>
        <source>Package name.</source>
        <translation>Nom du paquet.</translation>
    </message>
    <message>
        <source>expected: fetch URL NAME</source>
        <translation>attendu : fetch URL NAME</translation>
    </message>
    <message>
        <source>no package named &apos;%1&apos; in the index</source>
        <translation>aucun paquet nommé « %1 » dans l’index</translation>
    </message>
    <message>
        <source>%1: %2 bytes, control checksum %3 matches the index</source>
        <translation>%1 : %2 octets, la somme de contrôle %3 correspond à l’index</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show what an .apk package holds and who signed it</source>
        <translation>Montrer le contenu d’un paquet .apk et qui l’a signé</translation>
    </message>
    <message>
        <source>Package file (.apk).</source>
        <translation>Fichier de paquet (.apk).</translation>
    </message>
    <message>
        <source>give exactly one package</source>
        <translation>indiquez exactement un paquet</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message numerus="yes">
        <source>%n signature block(s)</source>
        <translation>
            <numerusform>%n bloc de signature</numerusform>
            <numerusform>%n blocs de signature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepoCommand</name>
    <message>
        <source>List a repository server&apos;s versions, repositories and arches</source>
        <translation>Lister les versions, dépôts et architectures d’un serveur de dépôts</translation>
    </message>
    <message>
        <source>repo ls URL: reads the server&apos;s directory listings (reposerve, nginx, Apache, or a local folder) and prints &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt; folders.</source>
        <translation>repo ls URL : lit les listings de répertoires du serveur (reposerve, nginx, Apache, ou un dossier local) et affiche les dossiers &lt;version&gt;/&lt;dépôt&gt;/&lt;arch&gt;.</translation>
    </message>
    <message>
        <source>Do not list each arch folder to look for APKINDEX.tar.gz.</source>
        <translation>Ne pas lister chaque dossier d’architecture pour y chercher APKINDEX.tar.gz.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Architecture for &apos;import&apos; (default: this machine&apos;s).</source>
        <translation>Architecture pour « import » (par défaut : celle de cette machine).</translation>
    </message>
    <message>
        <source>&apos;ls URL&apos;: the server tree; &apos;import [FILE]&apos;: the repositories of an /etc/apk/repositories file as index URLs.</source>
        <translation>« ls URL » : l’arborescence du serveur ; « import [FILE] » : les dépôts d’un fichier /etc/apk/repositories sous forme d’URL d’index.</translation>
    </message>
    <message>
        <source>The server&apos;s root URL or a local folder; the repositories file.</source>
        <translation>L’URL racine du serveur ou un dossier local ; le fichier repositories.</translation>
    </message>
    <message>
        <source>expected: repo ls URL, or repo import [FILE]</source>
        <translation>attendu : repo ls URL, ou repo import [FILE]</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>keys folder does not exist</source>
        <translation>le dossier des clés n’existe pas</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1-bit RSA key is too weak to be trusted (minimum %2 bits)</source>
        <translation>une clé RSA de %1 bits est trop faible pour être approuvée (minimum %2 bits)</translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload packages to reposerve or a Gitea/Forgejo registry and confirm them in its index</source>
        <translation>Téléverser des paquets vers reposerve ou un registre Gitea/Forgejo et les confirmer dans son index</translation>
    </message>
    <message>
        <source>Uploads packages (files, or folders laid out as abuild leaves them: &lt;repo&gt;/&lt;arch&gt;/*.apk), one request per target arch, then downloads the server&apos;s index again and checks that it is signed by a trusted key and lists every package with the same checksum. Exits 0 only then. The token is read from an environment variable or standard input.</source>
        <translation>Téléverse des paquets (fichiers, ou dossiers organisés comme abuild les laisse : &lt;repo&gt;/&lt;arch&gt;/*.apk), une requête par architecture cible, puis télécharge à nouveau l’index du serveur et vérifie qu’il est signé par une clé de confiance et liste chaque paquet avec la même somme de contrôle. Ne sort avec 0 que dans ce cas. Le jeton est lu dans une variable d’environnement ou sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://repo.example.com.</source>
        <translation>Adresse du serveur, p. ex. https://repo.example.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>reposerve (default) or gitea (also Forgejo).</source>
        <translation>reposerve (par défaut) ou gitea (aussi Forgejo).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Read the token from this environment variable.</source>
        <translation>Lire le jeton dans cette variable d’environnement.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input.</source>
        <translation>Lire le jeton sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Gitea: the user the token belongs to.</source>
        <translation>Gitea : l’utilisateur à qui appartient le jeton.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Gitea: the user or organisation owning the packages (default: --user).</source>
        <translation>Gitea : l’utilisateur ou l’organisation propriétaire des paquets (par défaut : --user).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>Alpine version folder, e.g. v3.21 (Gitea: branch). Default edge.</source>
        <translation>Dossier de version Alpine, p. ex. v3.21 (Gitea : branche). Par défaut edge.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Repository, e.g. main (default: from the folder layout, else main).</source>
        <translation>Dépôt, p. ex. main (par défaut : d’après l’arborescence, sinon main).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Target arch (default: each package&apos;s, or its folder&apos;s).</source>
        <translation>Architecture cible (par défaut : celle de chaque paquet ou de son dossier).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Trusted public keys folder (repeatable; default: the configured ones).</source>
        <translation>Dossier de clés publiques de confiance (répétable ; par défaut : ceux configurés).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Extra CA certificate(s) (PEM) to trust for this server.</source>
        <translation>Certificat(s) d’autorité supplémentaire(s) (PEM) à approuver pour ce serveur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Allow sending the token over plain http to a host that is not this machine.</source>
        <translation>Autoriser l’envoi du jeton en http non chiffré vers un hôte autre que cette machine.</translation>
    </message>
    <message>
        <source>Also send packages not signed by a trusted key.</source>
        <translation>Envoyer aussi les paquets non signés par une clé de confiance.</translation>
    </message>
    <message>
        <source>Seconds without progress before giving up (default 60).</source>
        <translation>Secondes sans progression avant d’abandonner (60 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Packages or folders.</source>
        <translation>Paquets ou dossiers.</translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation>--server est requis.</translation>
    </message>
    <message>
        <source>Name at least one package or folder.</source>
        <translation>Indiquez au moins un paquet ou un dossier.</translation>
    </message>
    <message>
        <source>A Gitea upload needs --token-env or --token-stdin.</source>
        <translation>Un téléversement vers Gitea nécessite --token-env ou --token-stdin.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout attend un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>No .apk file found.</source>
        <translation>Aucun fichier .apk trouvé.</translation>
    </message>
</context>
<context>
    <name>apkdesk</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>file:// sources are refused: the file must be next to the APKBUILD</source>
        <translation>les sources file:// sont refusées : le fichier doit se trouver à côté de l’APKBUILD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; renames something that is not an http, https or ftp URL</source>
        <translation>« %1 » renomme quelque chose qui n’est pas une URL http, https ou ftp</translation>
    </message>
    <message>
        <source>the name before &apos;::&apos; must be a plain file name, not a path</source>
        <translation>le nom avant « :: » doit être un simple nom de fichier, pas un chemin</translation>
    </message>
    <message>
        <source>absolute path: local sources are relative to the APKBUILD&apos;s folder</source>
        <translation>chemin absolu : les sources locales sont relatives au dossier de l’APKBUILD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the APKBUILD&apos;s folder</source>
        <translation>« %1 » sort du dossier de l’APKBUILD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a file</source>
        <translation>« %1 » ne désigne pas un fichier</translation>
    </message>
    <message>
        <source>unknown subpackage arch &apos;%1&apos;</source>
        <translation>architecture de sous-paquet inconnue « %1 »</translation>
    </message>
    <message>
        <source>line %1: %2; the checksums are not rewritten until this is resolved</source>
        <translation>ligne %1 : %2 ; les sommes de contrôle ne sont pas réécrites tant que ce n’est pas résolu</translation>
    </message>
    <message>
        <source>%1: %2 (the old checksum is kept)</source>
        <translation>%1 : %2 (l’ancienne somme de contrôle est conservée)</translation>
    </message>
    <message>
        <source>%1: %2 (no checksum to keep: the line is left out)</source>
        <translation>%1 : %2 (aucune somme de contrôle à conserver : la ligne est omise)</translation>
    </message>
    <message>
        <source>%1: new sha512 checksum</source>
        <translation>%1 : nouvelle somme de contrôle sha512</translation>
    </message>
    <message>
        <source>%1 changed upstream while pkgver stayed %2: the file behind %3 is not the one the old checksum was made from. Check why before accepting it.</source>
        <translation>%1 a changé en amont alors que pkgver est resté %2 : le fichier derrière %3 n’est pas celui dont provient l’ancienne somme de contrôle. Vérifiez pourquoi avant de l’accepter.</translation>
    </message>
    <message>
        <source>%1: checksum changed</source>
        <translation>%1 : somme de contrôle modifiée</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
    <message>
        <source>the APKBUILD has no %1= assignment</source>
        <translation>l’APKBUILD n’a pas d’affectation %1=</translation>
    </message>
    <message>
        <source>line %1: %2 is assigned inside a condition or loop; edit it by hand</source>
        <translation>ligne %1 : %2 est affecté dans une condition ou une boucle ; modifiez-le à la main</translation>
    </message>
    <message>
        <source>line %1: %2 is built from other variables or commands; edit it by hand</source>
        <translation>ligne %1 : %2 est construit à partir d’autres variables ou commandes ; modifiez-le à la main</translation>
    </message>
    <message>
        <source>after the edit the file reads pkgver=%1 pkgrel=%2, not %3-r%4; nothing was changed</source>
        <translation>après modification, le fichier donnerait pkgver=%1 pkgrel=%2 et non %3-r%4 ; rien n’a été changé</translation>
    </message>
    <message>
        <source>not a gzip member (no 1f 8b magic)</source>
        <translation>pas un membre gzip (pas de signature 1f 8b)</translation>
    </message>
    <message>
        <source>unsupported gzip compression method %1</source>
        <translation>méthode de compression gzip non prise en charge : %1</translation>
    </message>
    <message>
        <source>reserved gzip header flags set (0x%1)</source>
        <translation>indicateurs réservés de l’en-tête gzip activés (0x%1)</translation>
    </message>
    <message>
        <source>gzip header CRC mismatch</source>
        <translation>CRC de l’en-tête gzip incorrect</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>impossible d’ouvrir en écriture : %1</translation>
    </message>
    <message>
        <source>cannot set file permissions</source>
        <translation>impossible de définir les permissions du fichier</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d’écrire : %1</translation>
    </message>
    <message>
        <source>short write: %1</source>
        <translation>écriture incomplète : %1</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>chemin absolu</translation>
    </message>
    <message>
        <source>control character in path</source>
        <translation>caractère de contrôle dans le chemin</translation>
    </message>
    <message>
        <source>&apos;..&apos; in path</source>
        <translation>« .. » dans le chemin</translation>
    </message>
    <message>
        <source>the directory listing is larger than %1 bytes</source>
        <translation>le listing du répertoire dépasse %1 octets</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>not a signature entry name apk recognises</source>
        <translation>pas un nom d’entrée de signature reconnu par apk</translation>
    </message>
    <message>
        <source>key name contains &apos;/&apos;: never matched against a key</source>
        <translation>le nom de clé contient « / » : il ne correspond jamais à une clé</translation>
    </message>
    <message>
        <source>DSA signatures are not supported</source>
        <translation>les signatures DSA ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>signature of %1 bytes is over apk&apos;s 64 KiB limit</source>
        <translation>la signature de %1 octets dépasse la limite de 64 Kio d’apk</translation>
    </message>
    <message>
        <source>no trusted key named %1</source>
        <translation>aucune clé de confiance nommée %1</translation>
    </message>
    <message>
        <source>the signed bytes are incomplete</source>
        <translation>les octets signés sont incomplets</translation>
    </message>
    <message>
        <source>The token is not a valid JWT: %1</source>
        <translation>Le jeton n’est pas un JWT valide : %1</translation>
    </message>
    <message>
        <source>the %1 is not base64url text</source>
        <translation>le %1 n’est pas du texte base64url</translation>
    </message>
    <message>
        <source>the %1 is not a JSON object</source>
        <translation>le %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is not a number</source>
        <translation>la revendication « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is out of range</source>
        <translation>la revendication « %1 » est hors limites</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>Le champ %1 est vide.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be a single folder name.</source>
        <translation>Le champ %1 « %2 » doit être un simple nom de dossier.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains spaces or control characters.</source>
        <translation>Le champ %1 « %2 » contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>unsafe entry: %1</source>
        <translation>entrée dangereuse : %1</translation>
    </message>
    <message>
        <source>the package holds &apos;%1&apos; more than once</source>
        <translation>le paquet contient « %1 » plusieurs fois</translation>
    </message>
    <message>
        <source>too many entries to check them all before extracting</source>
        <translation>trop d’entrées pour toutes les vérifier avant l’extraction</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be written through the symlink &apos;%2&apos;</source>
        <translation>« %1 » serait écrit à travers le lien symbolique « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be written through the existing symlink &apos;%2&apos; in the target folder</source>
        <translation>« %1 » serait écrit à travers le lien symbolique existant « %2 » du dossier cible</translation>
    </message>
    <message>
        <source>hardlink &apos;%1&apos; points to &apos;%2&apos;, which is not a file of this package</source>
        <translation>le lien physique « %1 » pointe vers « %2 », qui n’est pas un fichier de ce paquet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists in the target folder</source>
        <translation>« %1 » existe déjà dans le dossier cible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in the target folder as a folder</source>
        <translation>« %1 » existe dans le dossier cible en tant que dossier</translation>
    </message>
    <message>
        <source>SHA-512 is not available</source>
        <translation>SHA-512 n’est pas disponible</translation>
    </message>
    <message>
        <source>SHA-512 failed</source>
        <translation>échec de SHA-512</translation>
    </message>
</context>
<context>
    <name>apkdesk::AdbStream</name>
    <message>
        <source>damaged deflate stream</source>
        <translation>flux deflate endommagé</translation>
    </message>
</context>
<context>
    <name>apkdesk::AdbSummary</name>
    <message>
        <source>not an ADB file</source>
        <translation>pas un fichier ADB</translation>
    </message>
    <message>
        <source>ADBc header without its compression spec</source>
        <translation>en-tête ADBc sans sa spécification de compression</translation>
    </message>
    <message>
        <source>unknown ADB magic</source>
        <translation>signature ADB inconnue</translation>
    </message>
    <message>
        <source>the ADB stream ends before its header</source>
        <translation>le flux ADB se termine avant son en-tête</translation>
    </message>
    <message>
        <source>the ADB stream has no ADB. header</source>
        <translation>le flux ADB n’a pas d’en-tête ADB.</translation>
    </message>
    <message>
        <source>ADB block header cut</source>
        <translation>en-tête de bloc ADB tronqué</translation>
    </message>
    <message>
        <source>ADB block smaller than its header</source>
        <translation>bloc ADB plus petit que son en-tête</translation>
    </message>
    <message>
        <source>ADB block of %1 bytes</source>
        <translation>bloc ADB de %1 octets</translation>
    </message>
    <message>
        <source>ADB block cut</source>
        <translation>bloc ADB tronqué</translation>
    </message>
</context>
<context>
    <name>apkdesk::ApkIndex</name>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Installed size</source>
        <translation>Taille installée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Mainteneur</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Provider priority</source>
        <translation>Priorité de fournisseur</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Fournit</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installer si</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Replaces priority</source>
        <translation>Priorité de remplacement</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;</source>
        <translation>Champ « %1 »</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the index text is %1 bytes, more than the limit of %2</source>
        <translation>le texte de l’index fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>NUL byte in the index text</source>
        <translation>octet NUL dans le texte de l’index</translation>
    </message>
    <message>
        <source>line of more than %1 bytes</source>
        <translation>ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>line of %1 bytes, more than the limit of %2</source>
        <translation>ligne de %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>expected a field line &apos;X:value&apos;, found &quot;%1&quot;</source>
        <translation>ligne de champ « X:valeur » attendue, trouvé « %1 »</translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; of %3: is not a number in range</source>
        <translation>%1 : la valeur « %2 » de %3: n’est pas un nombre dans les limites</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>plus de %1 enregistrements</translation>
    </message>
    <message>
        <source>record without a package name (P:)</source>
        <translation>enregistrement sans nom de paquet (P:)</translation>
    </message>
    <message>
        <source>%1: record without a version (V:)</source>
        <translation>%1 : enregistrement sans version (V:)</translation>
    </message>
    <message>
        <source>%1: record without a checksum (C:)</source>
        <translation>%1 : enregistrement sans somme de contrôle (C:)</translation>
    </message>
    <message>
        <source>%1: C: &quot;%2&quot; is not Q1/Q2 followed by the base64 of a digest</source>
        <translation>%1 : C: « %2 » n’est pas Q1/Q2 suivi du base64 d’une empreinte</translation>
    </message>
    <message>
        <source>%1-%2 appears twice with different checksums (C:), first at line %3</source>
        <translation>%1-%2 apparaît deux fois avec des sommes de contrôle différentes (C:), d’abord à la ligne %3</translation>
    </message>
    <message>
        <source>line %1: %2-%3 repeats the record at line %4; the copy is ignored</source>
        <translation>ligne %1 : %2-%3 répète l’enregistrement de la ligne %4 ; la copie est ignorée</translation>
    </message>
    <message>
        <source>%1 more repeated records ignored</source>
        <translation>%1 autres enregistrements répétés ignorés</translation>
    </message>
    <message>
        <source>the index text ends after %1 of %2 bytes</source>
        <translation>le texte de l’index se termine après %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::Apkbuild</name>
    <message>
        <source>cannot read the APKBUILD: %1</source>
        <translation>impossible de lire l’APKBUILD : %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB: not an APKBUILD</source>
        <translation>le fichier dépasse 16 Mio : ce n’est pas un APKBUILD</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>default $srcdir/$pkgname-$pkgver with a value that is not known</source>
        <translation>$srcdir/$pkgname-$pkgver par défaut avec une valeur inconnue</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumLayout</name>
    <message>
        <source>the file has CRLF line ends (abuild stops at the first blank line with &quot;\r: not found&quot;); convert it to LF first</source>
        <translation>le fichier a des fins de ligne CRLF (abuild s’arrête à la première ligne vide avec « \r: not found ») ; convertissez-le d’abord en LF</translation>
    </message>
    <message>
        <source>%1; the checksums are not rewritten until this is resolved</source>
        <translation>%1 ; les sommes de contrôle ne sont pas réécrites tant que ce n’est pas résolu</translation>
    </message>
    <message>
        <source>%1 is assigned inside a condition or loop</source>
        <translation>%1 est affecté dans une condition ou une boucle</translation>
    </message>
    <message>
        <source>%1 is assigned more than once (the block is split)</source>
        <translation>%1 est affecté plusieurs fois (le bloc est scindé)</translation>
    </message>
    <message>
        <source>%1 is built from variables or commands</source>
        <translation>%1 est construit à partir de variables ou de commandes</translation>
    </message>
    <message>
        <source>%1 does not start at the beginning of its line</source>
        <translation>%1 ne commence pas en début de ligne</translation>
    </message>
    <message>
        <source>other text follows the closing quote of %1</source>
        <translation>du texte suit le guillemet fermant de %1</translation>
    </message>
    <message>
        <source>%1 shares a line with %2</source>
        <translation>%1 partage une ligne avec %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumPlan</name>
    <message>
        <source>the source list cannot be expanded statically (%1)</source>
        <translation>la liste des sources ne peut pas être développée statiquement (%1)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is refused: %2</source>
        <translation>la source « %1 » est refusée : %2</translation>
    </message>
    <message>
        <source>duplicate found in $source: %1 (rename one with &apos;name::url&apos;)</source>
        <translation>doublon dans $source : %1 (renommez-en un avec « nom::url »)</translation>
    </message>
    <message>
        <source>no cache folder for downloaded sources</source>
        <translation>pas de dossier de cache pour les sources téléchargées</translation>
    </message>
    <message>
        <source>local source &apos;%1&apos; leads outside the APKBUILD&apos;s folder (to %2)</source>
        <translation>la source locale « %1 » mène hors du dossier de l’APKBUILD (vers %2)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumRefresh</name>
    <message>
        <source>a checksum refresh is already running</source>
        <translation>une mise à jour des sommes de contrôle est déjà en cours</translation>
    </message>
    <message>
        <source>cannot create the source cache folder</source>
        <translation>impossible de créer le dossier de cache des sources</translation>
    </message>
    <message>
        <source>local file %1 is missing</source>
        <translation>le fichier local %1 est manquant</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of %1 (a redirect to an error or mirror page?)</source>
        <translation>le serveur a répondu par une page HTML au lieu de %1 (redirection vers une page d’erreur ou de miroir ?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>ftp:// downloads are not supported; put %1 into %2 and reuse cached files</source>
        <translation>les téléchargements ftp:// ne sont pas pris en charge ; placez %1 dans %2 et réutilisez les fichiers en cache</translation>
    </message>
</context>
<context>
    <name>apkdesk::DependencyAtom</name>
    <message>
        <source>empty dependency</source>
        <translation>dépendance vide</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an operator but no version</source>
        <translation>la dépendance « %1 » a un opérateur mais pas de version</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid checksum</source>
        <translation>la dépendance « %1 » a une somme de contrôle invalide</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid version</source>
        <translation>la dépendance « %1 » a une version invalide</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an empty repository tag</source>
        <translation>la dépendance « %1 » a une étiquette de dépôt vide</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid character in its repository tag</source>
        <translation>la dépendance « %1 » contient un caractère invalide dans son étiquette de dépôt</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has no name</source>
        <translation>la dépendance « %1 » n’a pas de nom</translation>
    </message>
    <message>
        <source>dependency &apos;%1&apos; has an invalid character in its name</source>
        <translation>la dépendance « %1 » contient un caractère invalide dans son nom</translation>
    </message>
</context>
<context>
    <name>apkdesk::DiscoveryJob</name>
    <message>
        <source>stopped after %1 listings: %2 was not read</source>
        <translation>arrêté après %1 listings : %2 n’a pas été lu</translation>
    </message>
    <message>
        <source>%1 has more than %2 folders; only the first were read</source>
        <translation>%1 contient plus de %2 dossiers ; seuls les premiers ont été lus</translation>
    </message>
</context>
<context>
    <name>apkdesk::DownloadJob</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>the server refused to resume (HTTP 416)</source>
        <translation>le serveur a refusé la reprise (HTTP 416)</translation>
    </message>
    <message>
        <source>the server answered the resume with a different range or file; restarting</source>
        <translation>le serveur a répondu à la reprise avec une autre plage ou un autre fichier ; redémarrage</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>the download exceeds the limit of %1 bytes</source>
        <translation>le téléchargement dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation>impossible d’écrire le téléchargement : %1</translation>
    </message>
    <message>
        <source>cannot move the download into place: %1</source>
        <translation>impossible de mettre le téléchargement en place : %1</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
</context>
<context>
    <name>apkdesk::Error</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation> (à l’octet %1)</translation>
    </message>
</context>
<context>
    <name>apkdesk::FileSigner</name>
    <message>
        <source>cannot seek: %1</source>
        <translation>positionnement impossible : %1</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>lecture incomplète</translation>
    </message>
    <message>
        <source>the file changed while signing</source>
        <translation>le fichier a changé pendant la signature</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>échec de l’écriture : %1</translation>
    </message>
    <message>
        <source>refusing to sign: the package is damaged (%1)</source>
        <translation>signature refusée : le paquet est endommagé (%1)</translation>
    </message>
    <message>
        <source>refusing to sign: the package has no .PKGINFO</source>
        <translation>signature refusée : le paquet n’a pas de .PKGINFO</translation>
    </message>
    <message>
        <source>refusing to sign: the data does not match the datahash in .PKGINFO (the package was changed after it was built)</source>
        <translation>signature refusée : les données ne correspondent pas au datahash de .PKGINFO (le paquet a été modifié après sa construction)</translation>
    </message>
    <message>
        <source>refusing to sign: file &apos;%1&apos; does not match its checksum</source>
        <translation>signature refusée : le fichier « %1 » ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>pas de clé privée</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GiteaUploader</name>
    <message>
        <source>No token for %1: set one (a Gitea/Forgejo access token with the package write scope).</source>
        <translation>Aucun jeton pour %1 : définissez-en un (un jeton d’accès Gitea/Forgejo avec le droit d’écriture sur les paquets).</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branche</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 packages were not accepted; the first: %2</source>
        <translation>
            <numerusform>%n paquet sur %1 n’a pas été accepté ; le premier : %2</numerusform>
            <numerusform>%n paquets sur %1 n’ont pas été acceptés ; le premier : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the package: %1</source>
        <translation>Impossible de lire le paquet : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipMemberScanner</name>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>impossible d’initialiser zlib</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>trailing bytes after the last gzip member</source>
        <translation>octets en trop après le dernier membre gzip</translation>
    </message>
    <message>
        <source>more than %1 gzip members</source>
        <translation>plus de %1 membres gzip</translation>
    </message>
    <message>
        <source>gzip header larger than %1 bytes</source>
        <translation>en-tête gzip de plus de %1 octets</translation>
    </message>
    <message>
        <source>input ends inside the header of gzip member %1</source>
        <translation>l’entrée se termine dans l’en-tête du membre gzip %1</translation>
    </message>
    <message>
        <source>input ends inside gzip member %1 (started at byte %2)</source>
        <translation>l’entrée se termine dans le membre gzip %1 (commencé à l’octet %2)</translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation>erreur zlib %1</translation>
    </message>
    <message>
        <source>corrupt deflate data in gzip member %1: %2</source>
        <translation>données deflate corrompues dans le membre gzip %1 : %2</translation>
    </message>
    <message>
        <source>decompressed size exceeds the limit of %1 bytes (gzip bomb?)</source>
        <translation>la taille décompressée dépasse la limite de %1 octets (bombe gzip ?)</translation>
    </message>
    <message>
        <source>compression ratio above %1:1 after %2 decompressed bytes (gzip bomb?)</source>
        <translation>taux de compression supérieur à %1:1 après %2 octets décompressés (bombe gzip ?)</translation>
    </message>
    <message>
        <source>input ends inside the trailer of gzip member %1</source>
        <translation>l’entrée se termine dans le bloc final du membre gzip %1</translation>
    </message>
    <message>
        <source>CRC mismatch in gzip member %1</source>
        <translation>CRC incorrect dans le membre gzip %1</translation>
    </message>
    <message>
        <source>length mismatch in gzip member %1</source>
        <translation>longueur incorrecte dans le membre gzip %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipWriter</name>
    <message>
        <source>gzip stream is not open</source>
        <translation>le flux gzip n’est pas ouvert</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>échec de l’écriture : %1</translation>
    </message>
    <message>
        <source>deflate failed</source>
        <translation>échec de deflate</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexBuilder</name>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>no .apk files in the folder</source>
        <translation>aucun fichier .apk dans le dossier</translation>
    </message>
    <message>
        <source>generated index</source>
        <translation>index généré</translation>
    </message>
    <message>
        <source>a public key name (like name.rsa.pub) is needed to sign</source>
        <translation>un nom de clé publique (comme nom.rsa.pub) est nécessaire pour signer</translation>
    </message>
    <message>
        <source>not a complete v2 package</source>
        <translation>pas un paquet v2 complet</translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation>.PKGINFO n’a pas de datahash</translation>
    </message>
    <message>
        <source>.PKGINFO has %1 datahash lines</source>
        <translation>.PKGINFO a %1 lignes datahash</translation>
    </message>
    <message>
        <source>datahash &quot;%1&quot; is not a SHA-256 in hex</source>
        <translation>le datahash « %1 » n’est pas un SHA-256 en hexadécimal</translation>
    </message>
    <message>
        <source>the data does not match its datahash</source>
        <translation>les données ne correspondent pas à leur datahash</translation>
    </message>
    <message>
        <source>file checksums do not match</source>
        <translation>les sommes de contrôle des fichiers ne correspondent pas</translation>
    </message>
    <message>
        <source>.PKGINFO has no %1</source>
        <translation>.PKGINFO n’a pas de %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexCache</name>
    <message>
        <source>cannot store the index in the cache: %1</source>
        <translation>impossible d’enregistrer l’index dans le cache : %1</translation>
    </message>
    <message>
        <source>no cached copy</source>
        <translation>aucune copie en cache</translation>
    </message>
    <message>
        <source>cannot remove the cached copy</source>
        <translation>impossible de supprimer la copie en cache</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexFetchJob</name>
    <message>
        <source>working offline</source>
        <translation>travail hors ligne</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verifying the index</source>
        <translation>vérification de l’index</translation>
    </message>
    <message>
        <source>offline: showing the copy from %1</source>
        <translation>hors ligne : affichage de la copie du %1</translation>
    </message>
    <message>
        <source> (the cached copy was kept)</source>
        <translation> (la copie en cache a été conservée)</translation>
    </message>
    <message>
        <source>this repository served a trusted index before and now serves one that is not (%1)</source>
        <translation>ce dépôt servait auparavant un index de confiance et en sert maintenant un qui ne l’est pas (%1)</translation>
    </message>
    <message>
        <source>the index is not trusted: %1 (use --allow-untrusted to read it anyway)</source>
        <translation>l’index n’est pas de confiance : %1 (utilisez --allow-untrusted pour le lire quand même)</translation>
    </message>
    <message>
        <source>the server&apos;s index (made %1) is older than the cached one (made %2): a rollback needs your confirmation</source>
        <translation>l’index du serveur (créé le %1) est plus ancien que celui en cache (créé le %2) : un retour en arrière nécessite votre confirmation</translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir : %1</translation>
    </message>
    <message>
        <source>the signature part of the index is larger than %1 bytes</source>
        <translation>la partie signature de l’index dépasse %1 octets</translation>
    </message>
    <message>
        <source>APKINDEX holds more bytes than its tar header says</source>
        <translation>l’APKINDEX contient plus d’octets que ne l’indique son en-tête tar</translation>
    </message>
    <message>
        <source>no APKINDEX in the index archive</source>
        <translation>pas d’APKINDEX dans l’archive d’index</translation>
    </message>
    <message>
        <source>index archive entry &apos;%1&apos; points outside the archive</source>
        <translation>l’entrée « %1 » de l’archive d’index pointe hors de l’archive</translation>
    </message>
    <message>
        <source>the archive holds a .PKGINFO: this is a package, not an index</source>
        <translation>l’archive contient un .PKGINFO : c’est un paquet, pas un index</translation>
    </message>
    <message>
        <source>APKINDEX stored under another path: &apos;%1&apos;</source>
        <translation>APKINDEX enregistré sous un autre chemin : « %1 »</translation>
    </message>
    <message>
        <source>%1 in the index archive is a %2, not a regular file</source>
        <translation>%1 dans l’archive d’index est un(e) %2, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 appears twice in the index archive</source>
        <translation>%1 apparaît deux fois dans l’archive d’index</translation>
    </message>
    <message>
        <source>DESCRIPTION of %1 bytes is too large</source>
        <translation>DESCRIPTION de %1 octets trop grand</translation>
    </message>
    <message>
        <source>APKINDEX of %1 bytes is larger than the limit of %2</source>
        <translation>l’APKINDEX de %1 octets dépasse la limite de %2</translation>
    </message>
    <message>
        <source>Signed by %1, a trusted key</source>
        <translation>Signé par %1, une clé de confiance</translation>
    </message>
    <message>
        <source>Signed, but by no trusted key</source>
        <translation>Signé, mais par aucune clé de confiance</translation>
    </message>
    <message>
        <source>Signed by %1, which is not a trusted key</source>
        <translation>Signé par %1, qui n’est pas une clé de confiance</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>BAD signature by %1: the index was changed after it was signed</source>
        <translation>MAUVAISE signature de %1 : l’index a été modifié après sa signature</translation>
    </message>
</context>
<context>
    <name>apkdesk::Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>it has %1 parts separated by dots instead of 3</source>
        <translation>il a %1 parties séparées par des points au lieu de 3</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation>la signature est absente</translation>
    </message>
    <message>
        <source>the header names no algorithm</source>
        <translation>l’en-tête n’indique aucun algorithme</translation>
    </message>
    <message>
        <source>it is unsigned (algorithm &quot;none&quot;)</source>
        <translation>il n’est pas signé (algorithme « none »)</translation>
    </message>
    <message>
        <source>The token expired at %1. Get a new token before uploading.</source>
        <translation>Le jeton a expiré le %1. Obtenez un nouveau jeton avant de téléverser.</translation>
    </message>
    <message>
        <source>The token expires at %1, in less than %2 seconds: the upload could be refused midway. Get a new token before uploading.</source>
        <translation>Le jeton expire le %1, dans moins de %2 secondes : le téléversement pourrait être refusé en cours de route. Obtenez un nouveau jeton avant de téléverser.</translation>
    </message>
    <message>
        <source>The token is not valid before %1 (check this computer&apos;s clock).</source>
        <translation>Le jeton n’est pas valide avant le %1 (vérifiez l’horloge de cet ordinateur).</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu’au %1</translation>
    </message>
    <message>
        <source>without expiry</source>
        <translation>sans expiration</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyGenerator</name>
    <message>
        <source>a key name (your name or e-mail) is needed</source>
        <translation>un nom de clé (votre nom ou votre adresse e-mail) est nécessaire</translation>
    </message>
    <message>
        <source>the key name has no usable characters</source>
        <translation>le nom de clé ne contient aucun caractère utilisable</translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation>impossible de créer le dossier des clés</translation>
    </message>
    <message>
        <source>a key with this name already exists</source>
        <translation>une clé portant ce nom existe déjà</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyRing</name>
    <message>
        <source>no key given</source>
        <translation>aucune clé indiquée</translation>
    </message>
    <message>
        <source>no key matches &apos;%1&apos;</source>
        <translation>aucune clé ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>%1-bit RSA key: weak, and refused for signing; generate a 4096-bit key</source>
        <translation>clé RSA de %1 bits : faible, et refusée pour signer ; générez une clé de 4096 bits</translation>
    </message>
    <message>
        <source>%1 is readable by other users; the imported copy is 0600</source>
        <translation>%1 est lisible par d’autres utilisateurs ; la copie importée est en 0600</translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation>impossible de créer le dossier des clés</translation>
    </message>
    <message>
        <source>this key is already in the key folder</source>
        <translation>cette clé est déjà dans le dossier des clés</translation>
    </message>
    <message>
        <source>a key with this file name is already in the key folder</source>
        <translation>une clé portant ce nom de fichier est déjà dans le dossier des clés</translation>
    </message>
    <message>
        <source>the public half of this key is not available (unlock the private key first)</source>
        <translation>la partie publique de cette clé n’est pas disponible (déverrouillez d’abord la clé privée)</translation>
    </message>
    <message>
        <source>this entry has no private key file</source>
        <translation>cette entrée n’a pas de fichier de clé privée</translation>
    </message>
    <message>
        <source>cannot delete the private key</source>
        <translation>impossible de supprimer la clé privée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 keys; give the file name or a fingerprint</source>
        <translation>« %1 » désigne %2 clés ; indiquez le nom de fichier ou une empreinte</translation>
    </message>
    <message>
        <source>invalid key name</source>
        <translation>nom de clé invalide</translation>
    </message>
    <message>
        <source>cannot create the trusted keys folder</source>
        <translation>impossible de créer le dossier des clés de confiance</translation>
    </message>
    <message>
        <source>another key named %1 is already trusted; apk finds keys by name, so it cannot be trusted too</source>
        <translation>une autre clé nommée %1 est déjà approuvée ; apk trouve les clés par leur nom, celle-ci ne peut donc pas l’être aussi</translation>
    </message>
    <message>
        <source>cannot remove the trusted key (is the folder writable?)</source>
        <translation>impossible de retirer la clé de confiance (le dossier est-il accessible en écriture ?)</translation>
    </message>
    <message>
        <source>the key is not in this folder</source>
        <translation>la clé n’est pas dans ce dossier</translation>
    </message>
    <message>
        <source>encrypted, and no .pub file next to it</source>
        <translation>chiffrée, et pas de fichier .pub à côté</translation>
    </message>
    <message>
        <source>the public key %1 does not belong to this private key</source>
        <translation>la clé publique %1 n’appartient pas à cette clé privée</translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyUnlocker</name>
    <message>
        <source>The remembered passphrase no longer works.</source>
        <translation>La phrase secrète mémorisée ne fonctionne plus.</translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>la clé privée est chiffrée : une phrase secrète est nécessaire</translation>
    </message>
</context>
<context>
    <name>apkdesk::Linter</name>
    <message>
        <source>CRLF line ends: abuild stops at the first blank line (&quot;\r: not found&quot;) and every value ends in \r</source>
        <translation>fins de ligne CRLF : abuild s’arrête à la première ligne vide (« \r: not found ») et chaque valeur se termine par \r</translation>
    </message>
    <message>
        <source>not evaluated statically: %1 (%2)</source>
        <translation>non évalué statiquement : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be expanded statically: %2</source>
        <translation>%1 ne peut pas être développé statiquement : %2</translation>
    </message>
    <message>
        <source>no &apos;# Maintainer: Name &lt;email&gt;&apos; line</source>
        <translation>pas de ligne « # Maintainer: Nom &lt;email&gt; »</translation>
    </message>
    <message>
        <source>more than one maintainer line</source>
        <translation>plusieurs lignes de mainteneur</translation>
    </message>
    <message>
        <source>missing package() function</source>
        <translation>fonction package() manquante</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 est manquant ou vide</translation>
    </message>
    <message>
        <source>pkgdesc is longer than 127 bytes (%1)</source>
        <translation>pkgdesc dépasse 127 octets (%1)</translation>
    </message>
    <message>
        <source>pkgdesc is not a single line</source>
        <translation>pkgdesc ne tient pas sur une seule ligne</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be &apos;%1s&apos;</source>
        <translation>« %1 » devrait être « %1s »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation>« %1 » n’est pas une version apk valide</translation>
    </message>
    <message>
        <source>pkgrel &apos;%1&apos; is not a number</source>
        <translation>pkgrel « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>pkgver is assigned more than once; the last assignment wins</source>
        <translation>pkgver est affecté plusieurs fois ; la dernière affectation l’emporte</translation>
    </message>
    <message>
        <source>missing split function %1() for %2</source>
        <translation>fonction de découpage %1() manquante pour %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation>« %1 » n’est pas un nom de paquet valide</translation>
    </message>
    <message>
        <source>duplicate (sub-)package named %1</source>
        <translation>(sous-)paquet en double nommé %1</translation>
    </message>
    <message>
        <source>%1: unknown install script suffix</source>
        <translation>%1 : suffixe de script d’installation inconnu</translation>
    </message>
    <message>
        <source>install script %1 is missing</source>
        <translation>le script d’installation %1 est manquant</translation>
    </message>
    <message>
        <source>%1: triggers must contain &apos;=&apos;</source>
        <translation>%1 : les déclencheurs doivent contenir « = »</translation>
    </message>
    <message>
        <source>duplicate found in $source: %1</source>
        <translation>doublon dans $source : %1</translation>
    </message>
    <message>
        <source>%1 is fetched over plain http: use https where upstream offers it</source>
        <translation>%1 est récupéré en http non chiffré : utilisez https si l’amont le propose</translation>
    </message>
    <message>
        <source>%1 is fetched over unencrypted ftp</source>
        <translation>%1 est récupéré en ftp non chiffré</translation>
    </message>
    <message>
        <source>source %1 needs to be renamed (&apos;name::url&apos;) to avoid collisions</source>
        <translation>la source %1 doit être renommée (« nom::url ») pour éviter les collisions</translation>
    </message>
    <message>
        <source>local source %1 is missing</source>
        <translation>la source locale %1 est manquante</translation>
    </message>
    <message>
        <source>%1 is deprecated: run checksum to write sha512sums</source>
        <translation>%1 est obsolète : lancez checksum pour écrire sha512sums</translation>
    </message>
    <message>
        <source>%1 checksums for %2 sources</source>
        <translation>%1 sommes de contrôle pour %2 sources</translation>
    </message>
    <message>
        <source>%1 has a checksum but is not in $source</source>
        <translation>%1 a une somme de contrôle mais n’est pas dans $source</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha512 hash</source>
        <translation>« %1 » n’est pas une empreinte sha512</translation>
    </message>
    <message>
        <source>%1 is missing in checksums</source>
        <translation>%1 manque dans les sommes de contrôle</translation>
    </message>
    <message>
        <source>checksums are not in the order of $source</source>
        <translation>les sommes de contrôle ne sont pas dans l’ordre de $source</translation>
    </message>
    <message>
        <source>%1 must not be quoted</source>
        <translation>%1 ne doit pas être entre guillemets</translation>
    </message>
    <message>
        <source>builddir has the default value and can be removed</source>
        <translation>builddir a la valeur par défaut et peut être supprimé</translation>
    </message>
    <message>
        <source>%1 is assigned an empty value and can be removed</source>
        <translation>%1 reçoit une valeur vide et peut être supprimé</translation>
    </message>
    <message>
        <source>trailing whitespace</source>
        <translation>espaces en fin de ligne</translation>
    </message>
    <message>
        <source>no sha512sums for %1 source(s): run checksum</source>
        <translation>pas de sha512sums pour %1 source(s) : lancez checksum</translation>
    </message>
</context>
<context>
    <name>apkdesk::ListingJob</name>
    <message>
        <source>expected an HTML directory listing, got &apos;%1&apos;</source>
        <translation>listing de répertoire HTML attendu, reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>apkdesk::MultipartBody</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 changed while it was being sent</source>
        <translation>%1 a changé pendant l’envoi</translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkAccess</name>
    <message>
        <source>no PEM certificate found</source>
        <translation>aucun certificat PEM trouvé</translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation>cette version n’a pas de prise en charge de TLS</translation>
    </message>
    <message>
        <source>the CA file for this server holds no PEM certificate</source>
        <translation>le fichier d’autorité de ce serveur ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>URL invalide : %1</translation>
    </message>
    <message>
        <source>URLs with a user name or password are refused (they end up in logs and histories); use a token instead</source>
        <translation>les URL contenant un nom d’utilisateur ou un mot de passe sont refusées (elles finissent dans les journaux et les historiques) ; utilisez plutôt un jeton</translation>
    </message>
    <message>
        <source>not a local file URL</source>
        <translation>pas une URL de fichier local</translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (use http, https or file)</source>
        <translation>schéma d’URL « %1 » non pris en charge (utilisez http, https ou file)</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>l’URL n’a pas d’hôte</translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkJob</name>
    <message>
        <source>the server sent the body with Content-Encoding &apos;%1&apos; although only &apos;identity&apos; was accepted; refusing transformed bytes</source>
        <translation>le serveur a envoyé le contenu avec Content-Encoding « %1 » alors que seul « identity » était accepté ; octets transformés refusés</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a valid Location</source>
        <translation>redirection HTTP %1 sans Location valide</translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?), last to %2</source>
        <translation>plus de %1 redirections (boucle de redirection ?), la dernière vers %2</translation>
    </message>
    <message>
        <source>refusing a redirect to %1</source>
        <translation>redirection vers %1 refusée</translation>
    </message>
    <message>
        <source>refusing a redirect from https to plain http (%1)</source>
        <translation>redirection de https vers http non chiffré refusée (%1)</translation>
    </message>
    <message>
        <source>the server redirected the %1 request to %2; use that address</source>
        <translation>le serveur a redirigé la requête %1 vers %2 ; utilisez cette adresse</translation>
    </message>
    <message>
        <source>received %1 bytes but Content-Length said %2</source>
        <translation>%1 octets reçus alors que Content-Length indiquait %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source> (if this server uses its own certificate authority, add its CA file)</source>
        <translation> (si ce serveur utilise sa propre autorité de certification, ajoutez son fichier CA)</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes</source>
        <translation>la connexion a été fermée après %1 octets</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>did not complete within %1 s (after %2 bytes)</source>
        <translation>non terminé en %1 s (après %2 octets)</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (après %1 tentatives)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageCreator</name>
    <message>
        <source>invalid package name &apos;%1&apos;</source>
        <translation>nom de paquet invalide « %1 »</translation>
    </message>
    <message>
        <source>invalid package version &apos;%1&apos; (expected e.g. 1.2.3-r0)</source>
        <translation>version de paquet invalide « %1 » (attendu p. ex. 1.2.3-r0)</translation>
    </message>
    <message>
        <source>invalid architecture &apos;%1&apos;</source>
        <translation>architecture invalide « %1 »</translation>
    </message>
    <message>
        <source>metadata values must be single lines</source>
        <translation>les valeurs des métadonnées doivent tenir sur une ligne</translation>
    </message>
    <message>
        <source>invalid list item &apos;%1&apos; (no spaces or newlines)</source>
        <translation>élément de liste invalide « %1 » (ni espaces ni retours à la ligne)</translation>
    </message>
    <message>
        <source>unknown install script &apos;%1&apos; (use %2)</source>
        <translation>script d’installation inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>install script &apos;%1&apos; given twice</source>
        <translation>script d’installation « %1 » indiqué deux fois</translation>
    </message>
    <message>
        <source>a trigger script needs trigger folders and the other way round</source>
        <translation>un script de déclenchement nécessite des dossiers déclencheurs, et inversement</translation>
    </message>
    <message>
        <source>the package tree is not a folder</source>
        <translation>l’arborescence du paquet n’est pas un dossier</translation>
    </message>
    <message>
        <source>no private key to sign with</source>
        <translation>aucune clé privée pour signer</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>échec de l’écriture : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at the top of the package tree: names starting with &apos;.&apos; there are reserved for package metadata</source>
        <translation>« %1 » à la racine du paquet : les noms commençant par « . » y sont réservés aux métadonnées du paquet</translation>
    </message>
    <message>
        <source>cannot read file information</source>
        <translation>impossible de lire les informations du fichier</translation>
    </message>
    <message>
        <source>device files, fifos and sockets cannot go into a package</source>
        <translation>les fichiers de périphérique, FIFO et sockets ne peuvent pas aller dans un paquet</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <source>cannot write the temporary file: %1</source>
        <translation>impossible d’écrire le fichier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageExtractor</name>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>absolute path &apos;%1&apos;</source>
        <translation>chemin absolu « %1 »</translation>
    </message>
    <message>
        <source>control character in path &apos;%1&apos;</source>
        <translation>caractère de contrôle dans le chemin « %1 »</translation>
    </message>
    <message>
        <source>&apos;..&apos; in path &apos;%1&apos;</source>
        <translation>« .. » dans le chemin « %1 »</translation>
    </message>
    <message>
        <source>is a directory, not a package file</source>
        <translation>est un répertoire, pas un fichier de paquet</translation>
    </message>
    <message>
        <source>not extracted: %1 (use --force to extract anyway)</source>
        <translation>non extrait : %1 (utilisez --force pour extraire quand même)</translation>
    </message>
    <message>
        <source>the target exists and is not a folder</source>
        <translation>la cible existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the target folder</source>
        <translation>impossible de créer le dossier cible</translation>
    </message>
    <message>
        <source>cannot reopen the package</source>
        <translation>impossible de rouvrir le paquet</translation>
    </message>
    <message>
        <source>libarchive sees entry &apos;%1&apos; where the verified listing has &apos;%2&apos;</source>
        <translation>libarchive voit l’entrée « %1 » là où la liste vérifiée a « %2 »</translation>
    </message>
    <message>
        <source>%1: %2 not created</source>
        <translation>%1 : %2 non créé</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageFetchJob</name>
    <message>
        <source>&apos;%1&apos; is not a safe file name</source>
        <translation>« %1 » n’est pas un nom de fichier sûr</translation>
    </message>
    <message>
        <source>no index checksum to check %1 against</source>
        <translation>aucune somme de contrôle d’index pour vérifier %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes but the index says %2; it was not kept</source>
        <translation>le fichier fait %1 octets mais l’index indique %2 ; il n’a pas été conservé</translation>
    </message>
    <message>
        <source>not a readable package (%1); it was not kept</source>
        <translation>paquet illisible (%1) ; il n’a pas été conservé</translation>
    </message>
    <message>
        <source>its control checksum %1 differs from the index&apos;s C:%2; it was not kept</source>
        <translation>sa somme de contrôle %1 diffère du C:%2 de l’index ; il n’a pas été conservé</translation>
    </message>
    <message>
        <source>the package has no complete control member</source>
        <translation>le paquet n’a pas de membre de contrôle complet</translation>
    </message>
    <message>
        <source>the server sends more than the %1 bytes the index lists; it was not kept</source>
        <translation>le serveur envoie plus que les %1 octets indiqués par l’index ; il n’a pas été conservé</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageLayout</name>
    <message>
        <source>no control or data member</source>
        <translation>aucun membre de contrôle ni de données</translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation>.PKGINFO n’a pas de datahash</translation>
    </message>
    <message>
        <source>the data does not match datahash</source>
        <translation>les données ne correspondent pas au datahash</translation>
    </message>
    <message>
        <source>the file changed while reading it</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageProbe</name>
    <message>
        <source>No such file or folder</source>
        <translation>Fichier ou dossier introuvable</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageReader</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a package file</source>
        <translation>est un répertoire, pas un fichier de paquet</translation>
    </message>
    <message>
        <source>magic %1, damaged container: %2</source>
        <translation>signature %1, conteneur endommagé : %2</translation>
    </message>
    <message>
        <source>signature blocks not read (no %1 decoder)</source>
        <translation>blocs de signature non lus (pas de décodeur %1)</translation>
    </message>
    <message>
        <source>magic %1, compression %2, %3; not verified here: use apk-tools 3 (apk verify)</source>
        <translation>signature %1, compression %2, %3 ; non vérifié ici : utilisez apk-tools 3 (apk verify)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageScan</name>
    <message>
        <source>extra gzip member after the data member</source>
        <translation>membre gzip supplémentaire après le membre de données</translation>
    </message>
    <message>
        <source>a tar entry crosses the end of gzip member %1: %2</source>
        <translation>une entrée tar dépasse la fin du membre gzip %1 : %2</translation>
    </message>
    <message>
        <source>the first entry is &apos;%1&apos;, not .PKGINFO or a signature</source>
        <translation>la première entrée est « %1 », pas .PKGINFO ni une signature</translation>
    </message>
    <message>
        <source>data entry &apos;%1&apos; inside the control member</source>
        <translation>entrée de données « %1 » dans le membre de contrôle</translation>
    </message>
    <message>
        <source>no .PKGINFO found</source>
        <translation>aucun .PKGINFO trouvé</translation>
    </message>
    <message>
        <source>the file ends after the signature, before the control member</source>
        <translation>le fichier se termine après la signature, avant le membre de contrôle</translation>
    </message>
    <message>
        <source>the control member has no .PKGINFO</source>
        <translation>le membre de contrôle n’a pas de .PKGINFO</translation>
    </message>
    <message>
        <source>no data member</source>
        <translation>pas de membre de données</translation>
    </message>
    <message>
        <source>the file ends after the control member: no data member</source>
        <translation>le fichier se termine après le membre de contrôle : pas de membre de données</translation>
    </message>
    <message>
        <source>datahash %1, data member SHA-256 %2</source>
        <translation>datahash %1, SHA-256 du membre de données %2</translation>
    </message>
    <message>
        <source>unsafe entry path: %1</source>
        <translation>chemin d’entrée dangereux : %1</translation>
    </message>
    <message>
        <source>in the %1 tar (gzip member %2, uncompressed offset %3)</source>
        <translation>dans le tar %1 (membre gzip %2, position décompressée %3)</translation>
    </message>
    <message>
        <source>two .PKGINFO entries</source>
        <translation>deux entrées .PKGINFO</translation>
    </message>
    <message>
        <source>.PKGINFO of %1 bytes is larger than %2 bytes</source>
        <translation>.PKGINFO de %1 octets dépasse %2 octets</translation>
    </message>
    <message>
        <source>package without datahash (pre-2.0 format) is not verified</source>
        <translation>paquet sans datahash (format antérieur à 2.0) non vérifié</translation>
    </message>
    <message>
        <source>the control member is incomplete</source>
        <translation>le membre de contrôle est incomplet</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageUploader</name>
    <message>
        <source>No package to upload.</source>
        <translation>Aucun paquet à téléverser.</translation>
    </message>
    <message>
        <source>The upload did not complete</source>
        <translation>Le téléversement ne s’est pas terminé</translation>
    </message>
    <message>
        <source>The server gave no HTTP answer.</source>
        <translation>Le serveur n’a donné aucune réponse HTTP.</translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageVerdict</name>
    <message>
        <source> at byte %1</source>
        <translation> à l’octet %1</translation>
    </message>
    <message>
        <source>trusted: signed by %1 (%2)</source>
        <translation>de confiance : signé par %1 (%2)</translation>
    </message>
    <message>
        <source>untrusted: no usable signature</source>
        <translation>non fiable : aucune signature utilisable</translation>
    </message>
    <message>
        <source>untrusted: signed by %1, which is not a trusted key</source>
        <translation>non fiable : signé par %1, qui n’est pas une clé de confiance</translation>
    </message>
    <message>
        <source>unsigned: the package carries no signature</source>
        <translation>non signé : le paquet ne porte aucune signature</translation>
    </message>
    <message>
        <source>BAD signature: the signature by %1 (%2) does not match the control data</source>
        <translation>MAUVAISE signature : la signature de %1 (%2) ne correspond pas aux données de contrôle</translation>
    </message>
    <message>
        <source>integrity error: the data does not match the signed datahash</source>
        <translation>erreur d’intégrité : les données ne correspondent pas au datahash signé</translation>
    </message>
    <message>
        <source>integrity error: the content of %1 does not match its recorded SHA-1</source>
        <translation>erreur d’intégrité : le contenu de %1 ne correspond pas à son SHA-1 enregistré</translation>
    </message>
    <message>
        <source>truncated%1%2</source>
        <translation>tronqué%1%2</translation>
    </message>
    <message>
        <source>corrupt%1%2</source>
        <translation>corrompu%1%2</translation>
    </message>
    <message>
        <source>refused: a safety limit was exceeded%1%2</source>
        <translation>refusé : une limite de sécurité a été dépassée%1%2</translation>
    </message>
    <message>
        <source>not an apk package%1</source>
        <translation>pas un paquet apk%1</translation>
    </message>
    <message>
        <source>apk-tools 3 (ADB) package%1</source>
        <translation>paquet apk-tools 3 (ADB)%1</translation>
    </message>
    <message>
        <source>cannot read the file%1</source>
        <translation>impossible de lire le fichier%1</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>vérification annulée</translation>
    </message>
</context>
<context>
    <name>apkdesk::PkgInfo</name>
    <message>
        <source>.PKGINFO is larger than %1 bytes</source>
        <translation>.PKGINFO dépasse %1 octets</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is longer than %2 bytes</source>
        <translation>la ligne %1 de .PKGINFO dépasse %2 octets</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO contains a NUL byte (binary data)</source>
        <translation>la ligne %1 de .PKGINFO contient un octet NUL (données binaires)</translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is not valid UTF-8 (binary data)</source>
        <translation>la ligne %1 de .PKGINFO n’est pas de l’UTF-8 valide (données binaires)</translation>
    </message>
</context>
<context>
    <name>apkdesk::PrivateKey</name>
    <message>
        <source>this is a public key; signing needs the private key (the file without .pub)</source>
        <translation>c’est une clé publique ; signer nécessite la clé privée (le fichier sans .pub)</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>pas une clé privée PEM</translation>
    </message>
    <message>
        <source>the PEM private key is cut short (no END line)</source>
        <translation>la clé privée PEM est tronquée (pas de ligne END)</translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>la clé privée est chiffrée : une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <source>wrong passphrase for the private key</source>
        <translation>phrase secrète incorrecte pour la clé privée</translation>
    </message>
    <message>
        <source>the private key cannot be read (damaged or truncated PEM): %1</source>
        <translation>la clé privée est illisible (PEM endommagé ou tronqué) : %1</translation>
    </message>
    <message>
        <source>not an RSA key (%1): Alpine signatures need RSA</source>
        <translation>pas une clé RSA (%1) : les signatures Alpine nécessitent RSA</translation>
    </message>
    <message>
        <source>no such key file</source>
        <translation>fichier de clé introuvable</translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation>impossible de lire la clé : %1</translation>
    </message>
    <message>
        <source>the file is too large to be a key</source>
        <translation>le fichier est trop gros pour être une clé</translation>
    </message>
    <message>
        <source>refusing to generate a %1-bit RSA key: use at least %2 bits</source>
        <translation>refus de générer une clé RSA de %1 bits : utilisez au moins %2 bits</translation>
    </message>
    <message>
        <source>%1 bits is more than Apkdesk supports (16384)</source>
        <translation>%1 bits, c’est plus qu’Apkdesk ne prend en charge (16384)</translation>
    </message>
    <message>
        <source>RSA key generation failed: %1</source>
        <translation>échec de la génération de la clé RSA : %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>impossible d’encoder la clé privée : %1</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>échec de la signature : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::PublicKey</name>
    <message>
        <source>empty file, not a public key</source>
        <translation>fichier vide, pas une clé publique</translation>
    </message>
    <message>
        <source>this is a private key, not a public key</source>
        <translation>c’est une clé privée, pas une clé publique</translation>
    </message>
    <message>
        <source>this is an X.509 certificate, not a public key</source>
        <translation>c’est un certificat X.509, pas une clé publique</translation>
    </message>
    <message>
        <source>not a PEM file (no -----BEGIN line)</source>
        <translation>pas un fichier PEM (pas de ligne -----BEGIN)</translation>
    </message>
    <message>
        <source>a %1 public key; apk signatures need RSA</source>
        <translation>une clé publique %1 ; les signatures apk nécessitent RSA</translation>
    </message>
    <message>
        <source>not a readable RSA public key (damaged or unknown PEM block)</source>
        <translation>clé publique RSA illisible (bloc PEM endommagé ou inconnu)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a key file</source>
        <translation>est un répertoire, pas un fichier de clé</translation>
    </message>
    <message>
        <source>larger than 1 MiB, not a key file</source>
        <translation>plus de 1 Mio, pas un fichier de clé</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>digest has the wrong length</source>
        <translation>l’empreinte n’a pas la bonne longueur</translation>
    </message>
    <message>
        <source>signature is %1 bytes; a %2-bit key makes %3-byte signatures</source>
        <translation>la signature fait %1 octets ; une clé de %2 bits produit des signatures de %3 octets</translation>
    </message>
    <message>
        <source>cannot create a verification context</source>
        <translation>impossible de créer un contexte de vérification</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>la signature ne correspond pas</translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKey</name>
    <message>
        <source>The registry&apos;s key is not a usable public key</source>
        <translation>La clé du registre n’est pas une clé publique utilisable</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKeyFetcher</name>
    <message>
        <source>Fetching the registry&apos;s key failed</source>
        <translation>La récupération de la clé du registre a échoué</translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoriesFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>&apos;@%1&apos; is not a valid tag</source>
        <translation>« @%1 » n’est pas une étiquette valide</translation>
    </message>
    <message>
        <source>a tag without a repository</source>
        <translation>une étiquette sans dépôt</translation>
    </message>
    <message>
        <source>expected one repository URL, found %1 words</source>
        <translation>une URL de dépôt attendue, %1 mots trouvés</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>plus de 1 Mio</translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoryLocation</name>
    <message>
        <source>a repository URL cannot have a query or fragment</source>
        <translation>une URL de dépôt ne peut pas avoir de requête ni de fragment</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 name</source>
        <translation>« %1 » n’est pas un nom de %2 valide</translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/</source>
        <translation>URL se terminant par &lt;version&gt;/&lt;dépôt&gt;/&lt;arch&gt;/ attendue</translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;</source>
        <translation>URL se terminant par &lt;version&gt;/&lt;dépôt&gt; attendue</translation>
    </message>
    <message>
        <source>%1/%2/%3 on %4</source>
        <translation>%1/%2/%3 sur %4</translation>
    </message>
</context>
<context>
    <name>apkdesk::RequestJob</name>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>la réponse dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>apkdesk::SecretStore</name>
    <message>
        <source>no secret stored under this name</source>
        <translation>aucun secret enregistré sous ce nom</translation>
    </message>
    <message>
        <source>no secret service is available (is a keyring such as GNOME Keyring or KWallet running?); you can keep secrets for this session only</source>
        <translation>aucun service de secrets n’est disponible (un trousseau comme GNOME Keyring ou KWallet est-il lancé ?) ; les secrets ne peuvent être gardés que pour cette session</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>le trousseau a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>erreur du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::ServerProfile</name>
    <message>
        <source>Unknown server kind &quot;%1&quot;: use reposerve or gitea.</source>
        <translation>Type de serveur inconnu « %1 » : utilisez reposerve ou gitea.</translation>
    </message>
    <message>
        <source>The server address is empty.</source>
        <translation>L’adresse du serveur est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>« %1 » n’est pas une adresse valide : %2</translation>
    </message>
    <message>
        <source>The address for %1 contains a user name or password. Remove them: the token is kept in the keychain and sent in a header.</source>
        <translation>L’adresse de %1 contient un nom d’utilisateur ou un mot de passe. Retirez-les : le jeton est gardé dans le trousseau et envoyé dans un en-tête.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local test server).</source>
        <translation>L’adresse du serveur doit commencer par https:// (ou http:// pour un serveur de test local).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>L’adresse du serveur n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation>L’adresse du serveur ne doit pas contenir de parties « ? » ou « # ».</translation>
    </message>
    <message>
        <source>The profile has no server address.</source>
        <translation>Le profil n’a pas d’adresse de serveur.</translation>
    </message>
    <message>
        <source>package owner</source>
        <translation>propriétaire des paquets</translation>
    </message>
    <message>
        <source>A Gitea/Forgejo profile needs the user name that owns the token.</source>
        <translation>Un profil Gitea/Forgejo nécessite le nom de l’utilisateur propriétaire du jeton.</translation>
    </message>
    <message>
        <source>%1 uses plain http: the token would travel unencrypted. Use https, or allow plain http explicitly for this server.</source>
        <translation>%1 utilise http non chiffré : le jeton circulerait en clair. Utilisez https, ou autorisez explicitement http pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>apkdesk::SignatureMember</name>
    <message>
        <source>invalid public key name &apos;%1&apos;</source>
        <translation>nom de clé publique invalide « %1 »</translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation>signature vide</translation>
    </message>
    <message>
        <source>refusing to sign with a %1-bit RSA key: it is too weak</source>
        <translation>refus de signer avec une clé RSA de %1 bits : elle est trop faible</translation>
    </message>
</context>
<context>
    <name>apkdesk::SignedFileLayout</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>impossible de lire : %1</translation>
    </message>
    <message>
        <source>this is an apk-tools 3 (ADB) file; Apkdesk signs v2 packages and indexes</source>
        <translation>c’est un fichier apk-tools 3 (ADB) ; Apkdesk signe les paquets et index v2</translation>
    </message>
    <message>
        <source>not an Alpine package or index (not gzip data)</source>
        <translation>pas un paquet ni un index Alpine (pas des données gzip)</translation>
    </message>
    <message>
        <source>cannot sign a damaged file</source>
        <translation>impossible de signer un fichier endommagé</translation>
    </message>
    <message>
        <source>not an Alpine package or index: nothing but signatures</source>
        <translation>pas un paquet ni un index Alpine : rien que des signatures</translation>
    </message>
    <message>
        <source>not a v2 package: expected a control and a data member after the signatures</source>
        <translation>pas un paquet v2 : un membre de contrôle et un membre de données étaient attendus après les signatures</translation>
    </message>
    <message>
        <source>not an Alpine package or index (no .PKGINFO or APKINDEX where the content starts)</source>
        <translation>pas un paquet ni un index Alpine (pas de .PKGINFO ni d’APKINDEX au début du contenu)</translation>
    </message>
</context>
<context>
    <name>apkdesk::TarStreamParser</name>
    <message>
        <source>tar ends after an extended header, before its entry</source>
        <translation>le tar se termine après un en-tête étendu, avant son entrée</translation>
    </message>
    <message>
        <source>tar ends inside a header block</source>
        <translation>le tar se termine dans un bloc d’en-tête</translation>
    </message>
    <message>
        <source>tar ends inside an extended header</source>
        <translation>le tar se termine dans un en-tête étendu</translation>
    </message>
    <message>
        <source>tar ends inside the content of &apos;%1&apos; (%2 bytes missing)</source>
        <translation>le tar se termine dans le contenu de « %1 » (%2 octets manquants)</translation>
    </message>
    <message>
        <source>tar ends inside block padding</source>
        <translation>le tar se termine dans le remplissage d’un bloc</translation>
    </message>
    <message>
        <source>end of archive right after an extended header</source>
        <translation>fin d’archive juste après un en-tête étendu</translation>
    </message>
    <message>
        <source>data after the tar end-of-archive marker</source>
        <translation>données après le marqueur de fin d’archive tar</translation>
    </message>
    <message>
        <source>a lone zero block inside the tar</source>
        <translation>un bloc nul isolé dans le tar</translation>
    </message>
    <message>
        <source>not a tar header (no ustar magic)</source>
        <translation>pas un en-tête tar (pas de signature ustar)</translation>
    </message>
    <message>
        <source>unreadable tar header checksum</source>
        <translation>somme de contrôle d’en-tête tar illisible</translation>
    </message>
    <message>
        <source>tar header checksum mismatch</source>
        <translation>somme de contrôle d’en-tête tar incorrecte</translation>
    </message>
    <message>
        <source>invalid size field in tar header</source>
        <translation>champ de taille invalide dans l’en-tête tar</translation>
    </message>
    <message>
        <source>tar extended header of %1 bytes exceeds the limit of %2</source>
        <translation>l’en-tête étendu tar de %1 octets dépasse la limite de %2</translation>
    </message>
    <message>
        <source>malformed pax record (no length)</source>
        <translation>enregistrement pax mal formé (pas de longueur)</translation>
    </message>
    <message>
        <source>malformed pax record (bad length)</source>
        <translation>enregistrement pax mal formé (longueur incorrecte)</translation>
    </message>
    <message>
        <source>malformed pax record (no newline)</source>
        <translation>enregistrement pax mal formé (pas de fin de ligne)</translation>
    </message>
    <message>
        <source>malformed pax record (no keyword)</source>
        <translation>enregistrement pax mal formé (pas de mot-clé)</translation>
    </message>
    <message>
        <source>more than %1 tar entries</source>
        <translation>plus de %1 entrées tar</translation>
    </message>
    <message>
        <source>invalid numeric field in tar header</source>
        <translation>champ numérique invalide dans l’en-tête tar</translation>
    </message>
    <message>
        <source>invalid pax size</source>
        <translation>taille pax invalide</translation>
    </message>
    <message>
        <source>invalid pax %1</source>
        <translation>%1 pax invalide</translation>
    </message>
    <message>
        <source>tar entry &apos;%1&apos; claims %2 bytes, above the limit of %3</source>
        <translation>l’entrée tar « %1 » annonce %2 octets, au-delà de la limite de %3</translation>
    </message>
</context>
<context>
    <name>apkdesk::TarWriter</name>
    <message>
        <source>invalid tar entry name</source>
        <translation>nom d’entrée tar invalide</translation>
    </message>
    <message>
        <source>file too large or timestamp out of range for a tar header</source>
        <translation>fichier trop gros ou horodatage hors limites pour un en-tête tar</translation>
    </message>
    <message>
        <source>content size does not match the entry size</source>
        <translation>la taille du contenu ne correspond pas à celle de l’entrée</translation>
    </message>
    <message>
        <source>file changed or could not be read while archiving: %1</source>
        <translation>fichier modifié ou illisible pendant l’archivage : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadErrors</name>
    <message>
        <source>Server said: &quot;%1&quot;</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>The server received no token. Set a token for this server and try again.</source>
        <translation>Le serveur n’a reçu aucun jeton. Définissez un jeton pour ce serveur et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the token because it has expired. Get a new token (CI job tokens live only as long as the job).</source>
        <translation>Le serveur a refusé le jeton car il a expiré. Obtenez un nouveau jeton (les jetons de tâche CI ne vivent que le temps de la tâche).</translation>
    </message>
    <message>
        <source>The server could not verify the token&apos;s signature: it was not issued by the identity provider this server trusts, or it was altered.</source>
        <translation>Le serveur n’a pas pu vérifier la signature du jeton : il n’a pas été émis par le fournisseur d’identité auquel ce serveur fait confiance, ou il a été modifié.</translation>
    </message>
    <message>
        <source>The token is signed with key &quot;%1&quot;, which the server does not know. The token comes from another identity provider, or the provider changed its keys and the server has not picked them up yet.</source>
        <translation>Le jeton est signé avec la clé « %1 », que le serveur ne connaît pas. Le jeton provient d’un autre fournisseur d’identité, ou le fournisseur a changé ses clés et le serveur ne les a pas encore récupérées.</translation>
    </message>
    <message>
        <source>The server only accepts tokens that carry the claim &quot;%1&quot;, and this token has none. Use a token issued for this repository.</source>
        <translation>Le serveur n’accepte que les jetons portant la revendication « %1 », et ce jeton n’en a pas. Utilisez un jeton émis pour ce dépôt.</translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;. Use a token issued for this repository.</source>
        <translation>Le serveur n’accepte que les jetons dont la revendication « %1 » vaut « %2 ». Utilisez un jeton émis pour ce dépôt.</translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;, but this token says &quot;%3&quot;. Use a token issued for this repository.</source>
        <translation>Le serveur n’accepte que les jetons dont la revendication « %1 » vaut « %2 », mais ce jeton indique « %3 ». Utilisez un jeton émis pour ce dépôt.</translation>
    </message>
    <message>
        <source>The server refused the token.</source>
        <translation>Le serveur a refusé le jeton.</translation>
    </message>
    <message>
        <source>The registry rejected the package as invalid (name, version, branch, repository or architecture).</source>
        <translation>Le registre a rejeté le paquet comme invalide (nom, version, branche, dépôt ou architecture).</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>Le serveur a rejeté la requête comme mal formée.</translation>
    </message>
    <message>
        <source>The registry did not accept the user name and token. Check both, and that the token has the package write scope.</source>
        <translation>Le registre n’a pas accepté le nom d’utilisateur et le jeton. Vérifiez les deux, et que le jeton a le droit d’écriture sur les paquets.</translation>
    </message>
    <message>
        <source>The registry refused the upload: the package quota is used up, or this user may not publish for this owner.</source>
        <translation>Le registre a refusé le téléversement : le quota de paquets est épuisé, ou cet utilisateur ne peut pas publier pour ce propriétaire.</translation>
    </message>
    <message>
        <source>The server accepted the token but does not allow it to upload here.</source>
        <translation>Le serveur a accepté le jeton mais ne l’autorise pas à téléverser ici.</translation>
    </message>
    <message>
        <source>The registry was not found: check the server address and the package owner, and that packages are enabled.</source>
        <translation>Registre introuvable : vérifiez l’adresse du serveur et le propriétaire des paquets, et que les paquets sont activés.</translation>
    </message>
    <message>
        <source>The server has no upload endpoint at this address: check the server address, or the server has uploads (jwt) disabled.</source>
        <translation>Le serveur n’a pas de point de téléversement à cette adresse : vérifiez l’adresse du serveur, ou les téléversements (jwt) sont désactivés sur le serveur.</translation>
    </message>
    <message>
        <source>This package file already exists in the registry. Delete it there first or bump the package release.</source>
        <translation>Ce fichier de paquet existe déjà dans le registre. Supprimez-le d’abord ou incrémentez la révision du paquet.</translation>
    </message>
    <message>
        <source>The server refused the upload as too large (HTTP 413): raise the body size limit of the server or its reverse proxy.</source>
        <translation>Le serveur a refusé le téléversement, trop volumineux (HTTP 413) : augmentez la limite de taille du serveur ou de son proxy inverse.</translation>
    </message>
    <message>
        <source>The server is rate limiting uploads (HTTP 429): try again later.</source>
        <translation>Le serveur limite le débit des téléversements (HTTP 429) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server failed while handling the upload (HTTP %1). The package may or may not have been stored: the index check will tell.</source>
        <translation>Le serveur a échoué en traitant le téléversement (HTTP %1). Le paquet a peut-être été enregistré, ou non : la vérification de l’index le dira.</translation>
    </message>
    <message>
        <source>The server redirected the upload (HTTP %1). Apkdesk does not send a token on to another address: use the final address in the profile.</source>
        <translation>Le serveur a redirigé le téléversement (HTTP %1). Apkdesk ne transmet pas de jeton à une autre adresse : utilisez l’adresse finale dans le profil.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadHistory</name>
    <message>
        <source>The upload history is damaged: %1</source>
        <translation>L’historique des téléversements est endommagé : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadPlan</name>
    <message>
        <source>branch</source>
        <translation>branche</translation>
    </message>
    <message>
        <source>Alpine version</source>
        <translation>version d’Alpine</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>Not sent: %1. Trust the signing key first, or allow untrusted packages.</source>
        <translation>Non envoyé : %1. Approuvez d’abord la clé de signature, ou autorisez les paquets non fiables.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <source>Not sent: the package has no name, version or checksum.</source>
        <translation>Non envoyé : le paquet n’a pas de nom, de version ou de somme de contrôle.</translation>
    </message>
    <message>
        <source>Not sent: the package is built for %1, the target is %2.</source>
        <translation>Non envoyé : le paquet est construit pour %1, la cible est %2.</translation>
    </message>
    <message>
        <source>Not sent: the same package (%1) is already in this upload for %2.</source>
        <translation>Non envoyé : le même paquet (%1) fait déjà partie de ce téléversement pour %2.</translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadSession</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
    <message>
        <source>Not sent after the earlier refusal.</source>
        <translation>Non envoyé après le refus précédent.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n package(s) to %1</source>
        <translation>
            <numerusform>Téléversement de %n paquet vers %1</numerusform>
            <numerusform>Téléversement de %n paquets vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the server.</source>
        <translation>Accepté par le serveur.</translation>
    </message>
    <message>
        <source>Checking the server&apos;s index for %1</source>
        <translation>Vérification de l’index du serveur pour %1</translation>
    </message>
    <message>
        <source>In the server&apos;s index with the same checksum (%1).</source>
        <translation>Dans l’index du serveur avec la même somme de contrôle (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not uploaded or not confirmed. First: %1</source>
        <translation>
            <numerusform>%n paquet non téléversé ou non confirmé. Premier : %1</numerusform>
            <numerusform>%n paquets non téléversés ou non confirmés. Premier : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s) confirmed by the server&apos;s index</source>
        <translation>
            <numerusform>%1 paquet sur %n confirmé par l’index du serveur</numerusform>
            <numerusform>%1 paquets sur %n confirmés par l’index du serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadVerifier</name>
    <message>
        <source>The server accepted the upload, but its index could not be downloaded to confirm it</source>
        <translation>Le serveur a accepté le téléversement, mais son index n’a pas pu être téléchargé pour le confirmer</translation>
    </message>
    <message>
        <source>The server&apos;s index after the upload is not a valid index</source>
        <translation>L’index du serveur après le téléversement n’est pas un index valide</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n package(s)</source>
        <translation>
            <numerusform>%1, %n paquet</numerusform>
            <numerusform>%1, %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust the registry&apos;s key (it is offered from the server) and check again.</source>
        <translation>Approuvez la clé du registre (proposée par le serveur) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Add the server&apos;s public key to the trusted keys, or the server failed to sign its new index.</source>
        <translation>Ajoutez la clé publique du serveur aux clés de confiance, ou le serveur n’a pas réussi à signer son nouvel index.</translation>
    </message>
    <message>
        <source>The server&apos;s index is not trustworthy: %1. %2</source>
        <translation>L’index du serveur n’est pas digne de confiance : %1. %2</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s index: the server stored the upload but its re-indexing failed, or the package went to another repository.</source>
        <translation>%1 n’est pas dans l’index du serveur : le serveur a enregistré le téléversement mais sa réindexation a échoué, ou le paquet est allé dans un autre dépôt.</translation>
    </message>
    <message>
        <source>The index lists %1 with checksum %2, but the uploaded file has %3: the server kept another build, or re-indexing failed.</source>
        <translation>L’index liste %1 avec la somme de contrôle %2, mais le fichier téléversé a %3 : le serveur a gardé une autre construction, ou la réindexation a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded package(s) are not confirmed by the server&apos;s index.</source>
        <translation>
            <numerusform>%n paquet téléversé n’est pas confirmé par l’index du serveur.</numerusform>
            <numerusform>%n paquets téléversés ne sont pas confirmés par l’index du serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::VersionBump</name>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation>« %1 » n’est pas une version apk valide</translation>
    </message>
    <message>
        <source>line %1: pkgrel &apos;%2&apos; is not a number</source>
        <translation>ligne %1 : pkgrel « %2 » n’est pas un nombre</translation>
    </message>
</context>
<context>
    <name>apkdesk::cli::ApkbuildCommand</name>
    <message>
        <source>Show, lint, bump an APKBUILD and refresh its checksums</source>
        <translation>Afficher, vérifier, incrémenter un APKBUILD et mettre à jour ses sommes de contrôle</translation>
    </message>
    <message>
        <source>APKBUILDs are evaluated statically (never executed), like busybox ash would source them.
  info FILE        expanded variables, sources, subpackages, what cannot be expanded
  checksum FILE    download/hash the sources and rewrite sha512sums in place
  bump FILE        pkgrel+1, or with --version V: pkgver=V and pkgrel=0
  lint FILE        abuild validate / apkbuild-lint style checks (exit 1 on errors)</source>
        <translation>Les APKBUILD sont évalués statiquement (jamais exécutés), comme busybox ash les chargerait.
  info FILE        variables développées, sources, sous-paquets, ce qui ne peut pas être développé
  checksum FILE    télécharger/hacher les sources et réécrire sha512sums sur place
  bump FILE        pkgrel+1, ou avec --version V : pkgver=V et pkgrel=0
  lint FILE        vérifications à la abuild validate / apkbuild-lint (code 1 en cas d’erreur)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>CARCH to evaluate for (default x86_64).</source>
        <translation>CARCH pour l’évaluation (x86_64 par défaut).</translation>
    </message>
    <message>
        <source>abuild&apos;s $startdir (default: the APKBUILD&apos;s folder).</source>
        <translation>$startdir d’abuild (par défaut : le dossier de l’APKBUILD).</translation>
    </message>
    <message>
        <source>Folder for downloaded sources (default: $SRCDEST or the cache).</source>
        <translation>Dossier des sources téléchargées (par défaut : $SRCDEST ou le cache).</translation>
    </message>
    <message>
        <source>Hash a source already in the source folder instead of downloading it.</source>
        <translation>Hacher une source déjà présente dans le dossier des sources au lieu de la télécharger.</translation>
    </message>
    <message>
        <source>Write even when an upstream file changed under the same pkgver.</source>
        <translation>Écrire même si un fichier amont a changé avec le même pkgver.</translation>
    </message>
    <message>
        <source>Show the change, do not write it.</source>
        <translation>Montrer la modification sans l’écrire.</translation>
    </message>
    <message>
        <source>New pkgver (resets pkgrel to 0).</source>
        <translation>Nouveau pkgver (remet pkgrel à 0).</translation>
    </message>
    <message>
        <source>Give up on a download after this many seconds without data (default 30).</source>
        <translation>Abandonner un téléchargement après ce nombre de secondes sans données (30 par défaut).</translation>
    </message>
    <message>
        <source>info, checksum, bump or lint</source>
        <translation>info, checksum, bump ou lint</translation>
    </message>
    <message>
        <source>The APKBUILD.</source>
        <translation>L’APKBUILD.</translation>
    </message>
    <message>
        <source>expected an action and one APKBUILD</source>
        <translation>une action et un APKBUILD attendus</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout nécessite un nombre positif de secondes</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>erreur de syntaxe : %1</translation>
    </message>
    <message>
        <source>   [not expandable]</source>
        <translation>   [non développable]</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>(local) %1</source>
        <translation>(local) %1</translation>
    </message>
    <message>
        <source>  [not expandable]</source>
        <translation>  [non développable]</translation>
    </message>
    <message>
        <source>Subpackages:</source>
        <translation>Sous-paquets :</translation>
    </message>
    <message>
        <source>Not expanded (never executed):</source>
        <translation>Non développé (jamais exécuté) :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: %2-r%3 -&gt; %4-r%5</source>
        <translation>%1 : %2-r%3 -&gt; %4-r%5</translation>
    </message>
    <message>
        <source>Run &apos;apkdesk-cli apkbuild checksum %1&apos; to refresh the checksums.</source>
        <translation>Lancez « apkdesk-cli apkbuild checksum %1 » pour mettre à jour les sommes de contrôle.</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>downloaded %1</source>
        <translation>%1 téléchargé</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: checksums are up to date</source>
        <translation>%1 : les sommes de contrôle sont à jour</translation>
    </message>
    <message>
        <source>Not written: an upstream file changed while pkgver did not. Check it, then run again with --force to accept the new checksum.</source>
        <translation>Non écrit : un fichier amont a changé alors que pkgver est resté le même. Vérifiez-le, puis relancez avec --force pour accepter la nouvelle somme de contrôle.</translation>
    </message>
    <message>
        <source>warning: CRLF line ends: every value ends in \r, as abuild&apos;s shell reads it</source>
        <translation>avertissement : fins de ligne CRLF : chaque valeur se termine par \r, telle que la lit le shell d’abuild</translation>
    </message>
</context>
<context>
    <name>apkdesk::cli::VersionCommand</name>
    <message>
        <source>Compare and check apk versions, test dependency atoms</source>
        <translation>Comparer et vérifier des versions apk, tester des atomes de dépendance</translation>
    </message>
    <message>
        <source>Answers like apk-tools 3 (`apk version -t`, `apk version -c`).
  compare A B        print &lt;, = or &gt; (exit 1 if a version is invalid)
  check V...         say whether each version is valid (exit 1 if one is not)
  satisfies V ATOM   does version V satisfy the dependency ATOM, e.g. &apos;foo&gt;=1.2&apos;
Put -- before versions that start with &apos;-&apos;.</source>
        <translation>Répond comme apk-tools 3 (`apk version -t`, `apk version -c`).
  compare A B        affiche &lt;, = ou &gt; (code de sortie 1 si une version est invalide)
  check V...         indique si chaque version est valide (code 1 si l’une ne l’est pas)
  satisfies V ATOM   la version V satisfait-elle l’atome de dépendance ATOM, p. ex. &apos;foo&gt;=1.2&apos;
Mettez -- avant les versions qui commencent par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Use the rules of apk-tools 2.14 instead of apk-tools 3.</source>
        <translation>Utiliser les règles d’apk-tools 2.14 au lieu d’apk-tools 3.</translation>
    </message>
    <message>
        <source>compare, check or satisfies</source>
        <translation>compare, check ou satisfies</translation>
    </message>
    <message>
        <source>Versions or a dependency atom.</source>
        <translation>Des versions ou un atome de dépendance.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>action manquante</translation>
    </message>
    <message>
        <source>&apos;compare&apos; takes exactly two versions</source>
        <translation>« compare » attend exactement deux versions</translation>
    </message>
    <message>
        <source>&apos;check&apos; takes at least one version</source>
        <translation>« check » attend au moins une version</translation>
    </message>
    <message>
        <source>&apos;satisfies&apos; takes a version and a dependency atom</source>
        <translation>« satisfies » attend une version et un atome de dépendance</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <source>apkdesk-cli: warning: %1; apk2 compares it anyway</source>
        <translation>apkdesk-cli : avertissement : %1 ; apk2 la compare quand même</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1 : valide</translation>
    </message>
    <message>
        <source>%1: invalid (at character %2)</source>
        <translation>%1 : invalide (au caractère %2)</translation>
    </message>
    <message>
        <source>invalid dependency atom</source>
        <translation>atome de dépendance invalide</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is invalid</source>
        <translation>la version « %1 » est invalide</translation>
    </message>
    <message>
        <source>yes: %1 satisfies %2</source>
        <translation>oui : %1 satisfait %2</translation>
    </message>
    <message>
        <source>no: %1 does not satisfy %2</source>
        <translation>non : %1 ne satisfait pas %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Evaluator</name>
    <message>
        <source>unexpected &apos;%1&apos; in arithmetic</source>
        <translation>« %1 » inattendu dans une expression arithmétique</translation>
    </message>
    <message>
        <source>assignment inside arithmetic is not evaluated</source>
        <translation>une affectation dans une expression arithmétique n’est pas évaluée</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; in arithmetic</source>
        <translation>« : » attendu dans une expression arithmétique</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; in arithmetic</source>
        <translation>« ) » manquante dans une expression arithmétique</translation>
    </message>
    <message>
        <source>arithmetic expression ends early</source>
        <translation>l’expression arithmétique se termine trop tôt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>arithmetic variables nest too deeply</source>
        <translation>les variables arithmétiques sont trop imbriquées</translation>
    </message>
    <message>
        <source>arithmetic nests too deeply</source>
        <translation>l’expression arithmétique est trop imbriquée</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Expander</name>
    <message>
        <source> at line %1</source>
        <translation> à la ligne %1</translation>
    </message>
    <message>
        <source>command substitution %1</source>
        <translation>substitution de commande %1</translation>
    </message>
    <message>
        <source>backquoted command %1</source>
        <translation>commande entre accents graves %1</translation>
    </message>
    <message>
        <source>arithmetic %1</source>
        <translation>expression arithmétique %1</translation>
    </message>
    <message>
        <source>arithmetic on a variable that is not known: %1</source>
        <translation>calcul sur une variable inconnue : %1</translation>
    </message>
    <message>
        <source>arithmetic %1 (%2)</source>
        <translation>expression arithmétique %1 (%2)</translation>
    </message>
    <message>
        <source>uses %1, which is not known (%2)</source>
        <translation>utilise %1, qui est inconnu (%2)</translation>
    </message>
    <message>
        <source>${%1%2} stops the shell when %1 is unset</source>
        <translation>${%1%2} arrête le shell quand %1 n’est pas défini</translation>
    </message>
    <message>
        <source>pattern is not known: %1</source>
        <translation>motif inconnu : %1</translation>
    </message>
    <message>
        <source>substring bounds are not known: %1</source>
        <translation>bornes de sous-chaîne inconnues : %1</translation>
    </message>
    <message>
        <source>unsupported expansion %1</source>
        <translation>développement non pris en charge %1</translation>
    </message>
    <message>
        <source>value too long to match patterns statically: %1</source>
        <translation>valeur trop longue pour appliquer des motifs statiquement : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Interpreter</name>
    <message>
        <source>nesting too deep</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>runs only if &apos;%1&apos; succeeds or fails, which cannot be evaluated</source>
        <translation>ne s’exécute que si « %1 » réussit ou échoue, ce qui ne peut pas être évalué</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>%1 loop</source>
        <translation>boucle %1</translation>
    </message>
    <message>
        <source>assigned inside a %1 loop at line %2</source>
        <translation>affecté dans une boucle %1 à la ligne %2</translation>
    </message>
    <message>
        <source>heredoc</source>
        <translation>document en ligne (heredoc)</translation>
    </message>
    <message>
        <source>assigned in an &apos;if&apos; whose condition cannot be evaluated (line %1)</source>
        <translation>affecté dans un « if » dont la condition ne peut pas être évaluée (ligne %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; on a value that is not known (line %1)</source>
        <translation>affecté dans un « case » portant sur une valeur inconnue (ligne %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; branch whose pattern is not known (line %1)</source>
        <translation>affecté dans une branche de « case » dont le motif est inconnu (ligne %1)</translation>
    </message>
    <message>
        <source>assigned in a &apos;for&apos; loop over values that are not known (line %1)</source>
        <translation>affecté dans une boucle « for » sur des valeurs inconnues (ligne %1)</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <source>sourcing another file</source>
        <translation>inclusion d’un autre fichier</translation>
    </message>
    <message>
        <source>function call %1 (variables it sets are not evaluated)</source>
        <translation>appel de fonction %1 (les variables qu’elle définit ne sont pas évaluées)</translation>
    </message>
    <message>
        <source>command not executed</source>
        <translation>commande non exécutée</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation>« [ » sans « ] »</translation>
    </message>
    <message>
        <source>test on a value that is not known (%1)</source>
        <translation>test sur une valeur inconnue (%1)</translation>
    </message>
    <message>
        <source>test that cannot be evaluated statically</source>
        <translation>test qui ne peut pas être évalué statiquement</translation>
    </message>
    <message>
        <source>stopped after %1 statements</source>
        <translation>arrêt après %1 instructions</translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Parser</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <source>here-document delimited by &apos;%1&apos; is not terminated</source>
        <translation>le document en ligne délimité par « %1 » n’est pas terminé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opened here has no matching &apos;%2&apos;</source>
        <translation>« %1 » ouvert ici n’a pas de « %2 » correspondant</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; in the definition of function &apos;%1&apos;</source>
        <translation>« ) » attendue dans la définition de la fonction « %1 »</translation>
    </message>
    <message>
        <source>expected a case pattern</source>
        <translation>motif de « case » attendu</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after a case pattern</source>
        <translation>« ) » attendue après un motif de « case »</translation>
    </message>
    <message>
        <source>&apos;case&apos; opened here has no matching &apos;esac&apos;</source>
        <translation>le « case » ouvert ici n’a pas de « esac » correspondant</translation>
    </message>
    <message>
        <source>&apos;for&apos; needs a variable name</source>
        <translation>« for » nécessite un nom de variable</translation>
    </message>
    <message>
        <source>&apos;(&apos; opened here has no matching &apos;)&apos;</source>
        <translation>la « ( » ouverte ici n’a pas de « ) » correspondante</translation>
    </message>
    <message>
        <source>redirection without a target</source>
        <translation>redirection sans cible</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>apostrophe non fermée</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>guillemet double non fermé</translation>
    </message>
    <message>
        <source>unterminated backquote</source>
        <translation>accent grave non fermé</translation>
    </message>
    <message>
        <source>unterminated command substitution</source>
        <translation>substitution de commande non terminée</translation>
    </message>
    <message>
        <source>unterminated arithmetic expansion</source>
        <translation>développement arithmétique non terminé</translation>
    </message>
    <message>
        <source>bad substitution</source>
        <translation>substitution incorrecte</translation>
    </message>
    <message>
        <source>unterminated parameter expansion</source>
        <translation>développement de paramètre non terminé</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the word list of &apos;for&apos;</source>
        <translation>« %1 » inattendu dans la liste de mots de « for »</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui</name>
    <message>
        <source>(conflict)</source>
        <translation>(conflit)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>nothing provides it</source>
        <translation>rien ne le fournit</translation>
    </message>
    <message>
        <source>no version matches</source>
        <translation>aucune version ne correspond</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Access token of %1 is set.</source>
        <translation>Le jeton d’accès de %1 est défini.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valide jusqu’au %1</translation>
    </message>
    <message>
        <source>Valid, without expiry</source>
        <translation>Valide, sans expiration</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Expires at %1, too soon to upload: set a new token.</source>
        <translation>Expire le %1, trop tôt pour téléverser : définissez un nouveau jeton.</translation>
    </message>
    <message>
        <source>Expired at %1: set a new token.</source>
        <translation>Expiré le %1 : définissez un nouveau jeton.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Non valide avant le %1.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::AboutDialog</name>
    <message>
        <source>About Apkdesk</source>
        <translation>À propos d’Apkdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Apkdesk %1&lt;/h2&gt;&lt;p&gt;Browse, inspect, sign and upload Alpine Linux packages.&lt;/p&gt;&lt;p&gt;For people who run their own Alpine package repositories. Versions and dependencies follow apk-tools 3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Apkdesk %1&lt;/h2&gt;&lt;p&gt;Parcourir, inspecter, signer et téléverser des paquets Alpine Linux.&lt;/p&gt;&lt;p&gt;Pour celles et ceux qui gèrent leurs propres dépôts de paquets Alpine. Les versions et les dépendances suivent apk-tools 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Versions (include them in bug reports):</source>
        <translation>Versions (à joindre aux rapports de bogue) :</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
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
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Choose a local repository folder</source>
        <translation>Choisir un dossier de dépôt local</translation>
    </message>
    <message>
        <source>Optional, shown in the sidebar</source>
        <translation>Facultatif, affiché dans le panneau latéral</translation>
    </message>
    <message>
        <source>Optional PEM file, for servers with a private CA</source>
        <translation>Fichier PEM facultatif, pour les serveurs avec une autorité de certification privée</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Enter the root of a repository tree. Its versions, repositories and architectures are read from the server&apos;s directory listings.</source>
        <translation>Saisissez la racine d’une arborescence de dépôts. Ses versions, dépôts et architectures sont lus dans les listings de répertoires du serveur.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA :</translation>
    </message>
    <message>
        <source>Enter a URL or a folder.</source>
        <translation>Saisissez une URL ou un dossier.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Ce n’est pas une URL valide : %1</translation>
    </message>
    <message>
        <source>Use an http://, https:// or file:// URL, or a local folder.</source>
        <translation>Utilisez une URL http://, https:// ou file://, ou un dossier local.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>L’URL n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the URL.</source>
        <translation>Ne mettez ni nom d’utilisateur ni mot de passe dans l’URL.</translation>
    </message>
    <message>
        <source>Plain http: indexes are still checked against your trusted keys, but the transfer itself is not private.</source>
        <translation>http non chiffré : les index sont toujours vérifiés avec vos clés de confiance, mais le transfert lui-même n’est pas privé.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>Le fichier CA n’existe pas.</translation>
    </message>
    <message>
        <source>Repository Folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ApkbuildDocumentWidget</name>
    <message>
        <source>Evaluate for CARCH:</source>
        <translation>Évaluer pour CARCH :</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; open it in an editor that keeps its bytes</source>
        <translation>le fichier n’est pas du texte UTF-8 ; ouvrez-le dans un éditeur qui préserve ses octets</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%n construct(s) not evaluated (never executed): values marked ✖ are not known.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;%n construction non évaluée (jamais exécutée) : les valeurs marquées ✖ sont inconnues.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b00020&apos;&gt;%n constructions non évaluées (jamais exécutées) : les valeurs marquées ✖ sont inconnues.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1-%2-r%3&lt;/b&gt;: everything expanded statically.</source>
        <translation>&lt;b&gt;%1-%2-r%3&lt;/b&gt; : tout a été développé statiquement.</translation>
    </message>
    <message>
        <source>Not expanded: %1</source>
        <translation>Non développé : %1</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>local : %1</translation>
    </message>
    <message>
        <source>subpackage: %1() %2</source>
        <translation>sous-paquet : %1() %2</translation>
    </message>
    <message>
        <source>%1  line %2: %3</source>
        <translation>%1  ligne %2 : %3</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <source>Now %1-r%2. Refresh the checksums, review, then save.</source>
        <translation>Maintenant %1-r%2. Mettez à jour les sommes de contrôle, relisez, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ApkbuildEditorView</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Bump Version…</source>
        <translation>Incrémenter la version…</translation>
    </message>
    <message>
        <source>Refresh Checksums</source>
        <translation>Mettre à jour les sommes de contrôle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No APKBUILD open&lt;/h3&gt;&lt;p&gt;Open one or several APKBUILDs, or drop them here. They are read without being executed: what cannot be expanded statically is shown, never guessed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun APKBUILD ouvert&lt;/h3&gt;&lt;p&gt;Ouvrez un ou plusieurs APKBUILD, ou déposez-les ici. Ils sont lus sans être exécutés : ce qui ne peut pas être développé statiquement est signalé, jamais deviné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open APKBUILD…</source>
        <translation>Ouvrir un APKBUILD…</translation>
    </message>
    <message>
        <source>Open APKBUILD</source>
        <translation>Ouvrir un APKBUILD</translation>
    </message>
    <message>
        <source>APKBUILD files (APKBUILD)</source>
        <translation>Fichiers APKBUILD (APKBUILD)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved APKBUILDs</source>
        <translation>APKBUILD non enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>%n APKBUILD(s) have unsaved changes:</source>
        <translation>
            <numerusform>%n APKBUILD a des modifications non enregistrées :</numerusform>
            <numerusform>%n APKBUILD ont des modifications non enregistrées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::BrowserView</name>
    <message>
        <source>No repository open</source>
        <translation>Aucun dépôt ouvert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the server whether the index changed (F5)</source>
        <translation>Demander au serveur si l’index a changé (F5)</translation>
    </message>
    <message>
        <source>Open Index…</source>
        <translation>Ouvrir un index…</translation>
    </message>
    <message>
        <source>Open an APKINDEX.tar.gz file</source>
        <translation>Ouvrir un fichier APKINDEX.tar.gz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Download the selected packages, check them against the index, and open them</source>
        <translation>Télécharger les paquets sélectionnés, les vérifier avec l’index et les ouvrir</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>Non téléchargé : %1</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Browse Untrusted</source>
        <translation>Parcourir sans confiance</translation>
    </message>
    <message>
        <source>Nothing vouches for what this index says.</source>
        <translation>Rien ne garantit ce que dit cet index.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&lt;b&gt;The index could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;L’index n’a pas pu être ouvert.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline:&lt;/b&gt; showing the copy cached %1. The server could not be reached: %2</source>
        <translation>&lt;b&gt;Hors ligne :&lt;/b&gt; affichage de la copie mise en cache %1. Le serveur est injoignable : %2</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>auparavant</translation>
    </message>
    <message>
        <source>You are browsing an index that is not vouched for: %1</source>
        <translation>Vous parcourez un index non garanti : %1</translation>
    </message>
    <message>
        <source>Packages can be downloaded from a repository, not from an index file opened on its own</source>
        <translation>Les paquets se téléchargent depuis un dépôt, pas depuis un fichier d’index ouvert seul</translation>
    </message>
    <message>
        <source>Download Packages To</source>
        <translation>Télécharger les paquets dans</translation>
    </message>
    <message>
        <source>Open Index</source>
        <translation>Ouvrir un index</translation>
    </message>
    <message>
        <source>APKINDEX (APKINDEX*.tar.gz *.tar.gz);;All files (*)</source>
        <translation>APKINDEX (APKINDEX*.tar.gz *.tar.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 %2 is not in this index.</source>
        <translation>%1 %2 n’est pas dans cet index.</translation>
    </message>
    <message>
        <source>Browse Older Index</source>
        <translation>Parcourir l’index plus ancien</translation>
    </message>
    <message>
        <source>Older than the copy seen before</source>
        <translation>Plus ancien que la copie vue auparavant</translation>
    </message>
    <message>
        <source>Its packages are not shown unless you choose to browse it anyway; Apkdesk keeps any earlier trusted copy in its cache.</source>
        <translation>Ses paquets ne sont affichés que si vous choisissez de le parcourir quand même ; Apkdesk garde en cache toute copie de confiance antérieure.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::BumpVersionDialog</name>
    <message>
        <source>New upstream version (pkgrel is reset to 0):</source>
        <translation>Nouvelle version amont (pkgrel est remis à 0) :</translation>
    </message>
    <message>
        <source>Rebuild the same version (pkgrel + 1)</source>
        <translation>Reconstruire la même version (pkgrel + 1)</translation>
    </message>
    <message>
        <source>Bump Version — %1</source>
        <translation>Incrémenter la version — %1</translation>
    </message>
    <message>
        <source>Current: &lt;b&gt;%1-r%2&lt;/b&gt;</source>
        <translation>Actuelle : &lt;b&gt;%1-r%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. 1.2.4</source>
        <translation>p. ex. 1.2.4</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Incrémenter</translation>
    </message>
    <message>
        <source>%1-r%2 → &lt;b&gt;%3-r%4&lt;/b&gt;</source>
        <translation>%1-r%2 → &lt;b&gt;%3-r%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refresh the checksums afterwards.</source>
        <translation>&lt;br&gt;Mettez ensuite à jour les sommes de contrôle.</translation>
    </message>
    <message>
        <source>That is the current version.</source>
        <translation>C’est la version actuelle.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ChecksumRefreshDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply to Editor</source>
        <translation>Appliquer dans l’éditeur</translation>
    </message>
    <message>
        <source>Apply and Save</source>
        <translation>Appliquer et enregistrer</translation>
    </message>
    <message>
        <source>Refresh Checksums — %1</source>
        <translation>Mise à jour des sommes de contrôle — %1</translation>
    </message>
    <message>
        <source>Downloading remote sources into %1 and hashing local files (sha512).</source>
        <translation>Téléchargement des sources distantes dans %1 et hachage des fichiers locaux (sha512).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The proposed change appears here when every source is done.</source>
        <translation>La modification proposée apparaît ici quand toutes les sources sont traitées.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>local : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Done (cached)</source>
        <translation>Terminé (en cache)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source> — checksum changed</source>
        <translation> — somme de contrôle modifiée</translation>
    </message>
    <message>
        <source> — unchanged</source>
        <translation> — inchangée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
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
        <translation>Les sommes de contrôle sont à jour : rien à modifier.</translation>
    </message>
    <message>
        <source>Apply (keep old checksums of failed files)</source>
        <translation>Appliquer (garder les anciennes sommes des fichiers en échec)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::DownloadPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>the file has no complete control section</source>
        <translation>le fichier n’a pas de section de contrôle complète</translation>
    </message>
    <message>
        <source>Downloading %1 of %2: %3</source>
        <translation>Téléchargement %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::GenerateKeyDialog</name>
    <message>
        <source>Generate Signing Key</source>
        <translation>Générer une clé de signature</translation>
    </message>
    <message>
        <source>Creates an abuild-compatible RSA key pair. Packages and indexes signed with it are trusted by machines that have the public key in /etc/apk/keys.</source>
        <translation>Crée une paire de clés RSA compatible avec abuild. Les paquets et index signés avec elle sont approuvés par les machines qui ont la clé publique dans /etc/apk/keys.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>&amp;Name or e-mail:</source>
        <translation>&amp;Nom ou e-mail :</translation>
    </message>
    <message>
        <source>4096 bits (recommended)</source>
        <translation>4096 bits (recommandé)</translation>
    </message>
    <message>
        <source>8192 bits (slow to create)</source>
        <translation>8192 bits (lent à créer)</translation>
    </message>
    <message>
        <source>2048 bits</source>
        <translation>2048 bits</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>optional; encrypts the private key with AES-256</source>
        <translation>facultatif ; chiffre la clé privée en AES-256</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the keychain</source>
        <translation>&amp;Mémoriser la phrase secrète dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Enter a name or e-mail address: it becomes part of the key&apos;s file name.</source>
        <translation>Saisissez un nom ou une adresse e-mail : il fera partie du nom de fichier de la clé.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available in this session.</source>
        <translation>Aucun service de secrets (trousseau) n’est disponible dans cette session.</translation>
    </message>
    <message>
        <source>Without a passphrase the private key is stored unencrypted (mode 0600), like abuild-keygen does.</source>
        <translation>Sans phrase secrète, la clé privée est enregistrée non chiffrée (mode 0600), comme le fait abuild-keygen.</translation>
    </message>
    <message>
        <source>Generating a %1-bit RSA key…</source>
        <translation>Génération d’une clé RSA de %1 bits…</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::KeyListModel</name>
    <message>
        <source>%1-bit RSA is weak: Apkdesk will not sign with it</source>
        <translation>RSA %1 bits est faible : Apkdesk ne signera pas avec</translation>
    </message>
    <message>
        <source>The private key file is readable by other users (should be 0600)</source>
        <translation>Le fichier de clé privée est lisible par d’autres utilisateurs (devrait être en 0600)</translation>
    </message>
    <message>
        <source>The .pub file next to the private key belongs to another key</source>
        <translation>Le fichier .pub à côté de la clé privée appartient à une autre clé</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, encrypted</source>
        <translation>Oui, chiffrée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Empreinte : SHA256:%1</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Clé privée : %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clé publique : %1</translation>
    </message>
    <message>
        <source>Trusted in: %1</source>
        <translation>Approuvée dans : %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Private key here</source>
        <translation>Clé privée ici</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::KeysView</name>
    <message>
        <source>&lt;h2&gt;Signing keys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Clés de signature&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your private keys (Apkdesk&apos;s key folder and ~/.abuild) and the public keys you trust, in one list. Packages and indexes are trusted when signed by a key in a trusted folder.</source>
        <translation>Vos clés privées (dossier des clés d’Apkdesk et ~/.abuild) et les clés publiques auxquelles vous faites confiance, dans une seule liste. Les paquets et les index sont approuvés quand ils sont signés par une clé d’un dossier de confiance.</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export Public Key…</source>
        <translation>E&amp;xporter la clé publique…</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Sign with…</source>
        <translation>Sig&amp;ner avec…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Un&amp;trust</source>
        <translation>&amp;Retirer la confiance</translation>
    </message>
    <message>
        <source>No keys yet. &lt;b&gt;Generate…&lt;/b&gt; creates a key pair; &lt;b&gt;Import…&lt;/b&gt; copies an existing abuild key.</source>
        <translation>Aucune clé pour l’instant. &lt;b&gt;Générer…&lt;/b&gt; crée une paire de clés ; &lt;b&gt;Importer…&lt;/b&gt; copie une clé abuild existante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fingerprint: &lt;tt&gt;SHA256:%1&lt;/tt&gt;</source>
        <translation>Empreinte : &lt;tt&gt;SHA256:%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Private key: %1%2</source>
        <translation>Clé privée : %1%2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (chiffrée)</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clé publique : %1</translation>
    </message>
    <message>
        <source>Trusted in: %1</source>
        <translation>Approuvée dans : %1</translation>
    </message>
    <message>
        <source>Not trusted on this machine.</source>
        <translation>Non approuvée sur cette machine.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>Import Private Key</source>
        <translation>Importer une clé privée</translation>
    </message>
    <message>
        <source>abuild keys (*.rsa)</source>
        <translation>Clés abuild (*.rsa)</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key)</source>
        <translation>Clés PEM (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Importée avec des avertissements</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importée</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Wrote %1: install it as /etc/apk/keys/%2</source>
        <translation>%1 écrit : installez-le sous /etc/apk/keys/%2</translation>
    </message>
    <message>
        <source>Delete Private Key</source>
        <translation>Supprimer la clé privée</translation>
    </message>
    <message>
        <source>Delete the private key %1?

Packages signed with it stay valid, but you can never sign with this key again unless you have a backup.</source>
        <translation>Supprimer la clé privée %1 ?

Les paquets signés avec elle restent valides, mais vous ne pourrez plus jamais signer avec cette clé sauf si vous en avez une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete Failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>Untrust Failed</source>
        <translation>Échec du retrait de confiance</translation>
    </message>
    <message>
        <source>Trust Failed</source>
        <translation>Échec de l’approbation</translation>
    </message>
    <message>
        <source>%1 is no longer trusted</source>
        <translation>%1 n’est plus approuvée</translation>
    </message>
    <message>
        <source>%1 is now trusted</source>
        <translation>%1 est maintenant approuvée</translation>
    </message>
    <message>
        <source>No secret service (keychain) is available: passphrases cannot be remembered across sessions. Apkdesk never writes them to a file.</source>
        <translation>Aucun service de secrets (trousseau) n’est disponible : les phrases secrètes ne peuvent pas être mémorisées d’une session à l’autre. Apkdesk ne les écrit jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Remember for This Session Only</source>
        <translation>Mémoriser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Passphrases and tokens are now kept in memory until Apkdesk quits.</source>
        <translation>Les phrases secrètes et les jetons sont désormais gardés en mémoire jusqu’à la fermeture d’Apkdesk.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Apkdesk</source>
        <translation>Apkdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>Afficher la &amp;navigation</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Afficher la barre d’é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Apkdesk</source>
        <translation>À &amp;propos d’Apkdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open Packages, Indexes or APKBUILDs</source>
        <translation>Ouvrir des paquets, des index ou des APKBUILD</translation>
    </message>
    <message>
        <source>Alpine files (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Packages (*.apk);;All files (*)</source>
        <translation>Fichiers Alpine (*.apk APKINDEX.tar.gz *.tar.gz APKBUILD);;Paquets (*.apk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;Apkdesk uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;À propos de Qt&lt;/h3&gt;&lt;p&gt;Apkdesk utilise Qt version %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;See &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt est une bibliothèque C++ de développement d’applications multiplateformes, disponible sous licence GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;Voir &lt;a href=&quot;https://www.qt.io/&quot;&gt;qt.io&lt;/a&gt; pour plus d’informations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 n’existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::OpenTarget</name>
    <message>
        <source>The sample repository was not built: %1 does not exist (build the apkdesk_sample_repo target).</source>
        <translation>Le dépôt d’exemple n’a pas été construit : %1 n’existe pas (construisez la cible apkdesk_sample_repo).</translation>
    </message>
    <message>
        <source>No &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/APKINDEX.tar.gz in %1</source>
        <translation>Aucun &lt;version&gt;/&lt;dépôt&gt;/&lt;arch&gt;/APKINDEX.tar.gz dans %1</translation>
    </message>
    <message>
        <source>Sample repository</source>
        <translation>Dépôt d’exemple</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageDetailsView</name>
    <message>
        <source>Index made %1 UTC</source>
        <translation>Index créé le %1 UTC</translation>
    </message>
    <message>
        <source>Select a package to see its details.</source>
        <translation>Sélectionnez un paquet pour voir ses détails.</translation>
    </message>
    <message>
        <source>Choose a repository on the left.</source>
        <translation>Choisissez un dépôt à gauche.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Requis par</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Fournit</translation>
    </message>
    <message>
        <source>Installed automatically when all are installed (install_if)</source>
        <translation>Installé automatiquement quand tous sont installés (install_if)</translation>
    </message>
    <message>
        <source>Pulls in through install_if</source>
        <translation>Entraîne via install_if</translation>
    </message>
    <message>
        <source>Same origin (%1)</source>
        <translation>Même origine (%1)</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>The packages appear here once you choose to browse this index.</source>
        <translation>Les paquets apparaissent ici une fois que vous avez choisi de parcourir cet index.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFileModel</name>
    <message>
        <source>%1 (folder not listed in the package)</source>
        <translation>%1 (dossier non listé dans le paquet)</translation>
    </message>
    <message>
        <source>Recorded SHA-1: %1
Computed SHA-1: %2</source>
        <translation>SHA-1 enregistré : %1
SHA-1 calculé : %2</translation>
    </message>
    <message>
        <source>Extended attributes:</source>
        <translation>Attributs étendus :</translation>
    </message>
    <message>
        <source>✓ SHA-1 matches</source>
        <translation>✓ SHA-1 correct</translation>
    </message>
    <message>
        <source>✗ SHA-1 MISMATCH</source>
        <translation>✗ SHA-1 INCORRECT</translation>
    </message>
    <message>
        <source>no checksum</source>
        <translation>pas de somme de contrôle</translation>
    </message>
    <message>
        <source>hardlink to %1</source>
        <translation>lien physique vers %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFilesPanel</name>
    <message>
        <source>Filter files by path…</source>
        <translation>Filtrer les fichiers par chemin…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a bad checksum</source>
        <translation>
            <numerusform>%n avec une somme de contrôle incorrecte</numerusform>
            <numerusform>%n avec une somme de contrôle incorrecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated</source>
        <translation>
            <numerusform>%n en double</numerusform>
            <numerusform>%n en double</numerusform>
        </translation>
    </message>
    <message>
        <source>list cut</source>
        <translation>liste tronquée</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFilterBar</name>
    <message>
        <source>Search names, descriptions and provides (so:, cmd:, pc:)</source>
        <translation>Rechercher dans les noms, descriptions et fournitures (so:, cmd:, pc:)</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>All maintainers</source>
        <translation>Tous les mainteneurs</translation>
    </message>
    <message>
        <source>All licenses</source>
        <translation>Toutes les licences</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every package again</source>
        <translation>Afficher à nouveau tous les paquets</translation>
    </message>
    <message>
        <source>%1 packages</source>
        <translation>%1 paquets</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageInspectorView</name>
    <message>
        <source>Open packages…</source>
        <translation>Ouvrir des paquets…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Sign with…</source>
        <translation>Signer avec…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No package open&lt;/h3&gt;&lt;p&gt;Open .apk packages with &lt;b&gt;File › Open&lt;/b&gt;, by dropping them on the window, or from the command line.&lt;br&gt;Each package is verified against your trusted keys: who signed it, whether the signature holds and whether anything was altered.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun paquet ouvert&lt;/h3&gt;&lt;p&gt;Ouvrez des paquets .apk avec &lt;b&gt;Fichier › Ouvrir&lt;/b&gt;, en les déposant sur la fenêtre ou depuis la ligne de commande.&lt;br&gt;Chaque paquet est vérifié avec vos clés de confiance : qui l’a signé, si la signature tient et si quelque chose a été modifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open packages</source>
        <translation>Ouvrir des paquets</translation>
    </message>
    <message>
        <source>Alpine packages (*.apk);;All files (*)</source>
        <translation>Paquets Alpine (*.apk);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageOverviewPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Mainteneur</translation>
    </message>
    <message>
        <source>Packager</source>
        <translation>Empaqueteur</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <source>Installed size</source>
        <translation>Taille installée</translation>
    </message>
    <message>
        <source>Package size</source>
        <translation>Taille du paquet</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Fournit</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installer si</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Provider priority</source>
        <translation>Priorité de fournisseur</translation>
    </message>
    <message>
        <source>Replaces priority</source>
        <translation>Priorité de remplacement</translation>
    </message>
    <message>
        <source>No dependencies, provides or triggers</source>
        <translation>Ni dépendances, ni fournitures, ni déclencheurs</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackagePage</name>
    <message>
        <source>Verifying… %p%</source>
        <translation>Vérification… %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Unsafe entry: %1</source>
        <translation>Entrée dangereuse : %1</translation>
    </message>
    <message>
        <source>Duplicate entry: %1</source>
        <translation>Entrée en double : %1</translation>
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
        <translation>[seuls les %1 premiers sont affichés]</translation>
    </message>
    <message>
        <source>(no install scripts)</source>
        <translation>(aucun script d’installation)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageSignaturePanel</name>
    <message>
        <source>Sign with…</source>
        <translation>Signer avec…</translation>
    </message>
    <message>
        <source>Sign this package with one of your keys</source>
        <translation>Signer ce paquet avec l’une de vos clés</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checked signature:</source>
        <translation>Signature vérifiée :</translation>
    </message>
    <message>
        <source>Identity (C:):</source>
        <translation>Identité (C:) :</translation>
    </message>
    <message>
        <source>Data hash:</source>
        <translation>Empreinte des données :</translation>
    </message>
    <message>
        <source>Signature entries (★ = the one apk checks):</source>
        <translation>Entrées de signature (★ = celle que vérifie apk) :</translation>
    </message>
    <message>
        <source>Gzip member</source>
        <translation>Membre gzip</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Compressé</translation>
    </message>
    <message>
        <source>Uncompressed</source>
        <translation>Décompressé</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Structure :</translation>
    </message>
    <message>
        <source>%1 — %2, digest %3
key SHA-256 %4</source>
        <translation>%1 — %2, empreinte %3
clé SHA-256 %4</translation>
    </message>
    <message>
        <source>none: no signature is by a trusted key</source>
        <translation>aucune : aucune signature ne provient d’une clé de confiance</translation>
    </message>
    <message>
        <source>none: the package is not signed</source>
        <translation>aucune : le paquet n’est pas signé</translation>
    </message>
    <message>
        <source>unknown (control member incomplete)</source>
        <translation>inconnue (membre de contrôle incomplet)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>no datahash in .PKGINFO</source>
        <translation>pas de datahash dans .PKGINFO</translation>
    </message>
    <message>
        <source>✓ matches: %1</source>
        <translation>✓ correspond : %1</translation>
    </message>
    <message>
        <source>✗ MISMATCH: .PKGINFO says %1, the data member is %2</source>
        <translation>✗ DIFFÉRENT : .PKGINFO indique %1, le membre de données est %2</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incomplet)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Date de construction</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Mainteneur</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Private Key</source>
        <translation>Déverrouiller la clé privée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a passphrase.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Empreinte : SHA256:%1</translation>
    </message>
    <message>
        <source> Try again.</source>
        <translation> Réessayez.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer la liste des fichiers récents</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::RepositoryLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation>Lecture de l’index…</translation>
    </message>
    <message>
        <source>The index could not be read.</source>
        <translation>L’index n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The server&apos;s index was made %1, before the copy seen earlier (made %2): it may be an old state replayed.</source>
        <translation>L’index du serveur a été créé le %1, avant la copie vue précédemment (créée le %2) : il peut s’agir d’un ancien état rejoué.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerProfileDialog</name>
    <message>
        <source>Upload Server</source>
        <translation>Serveur de téléversement</translation>
    </message>
    <message>
        <source>e.g. Company repository</source>
        <translation>p. ex. Dépôt de l’entreprise</translation>
    </message>
    <message>
        <source>reposerve</source>
        <translation>reposerve</translation>
    </message>
    <message>
        <source>Gitea / Forgejo package registry</source>
        <translation>Registre de paquets Gitea / Forgejo</translation>
    </message>
    <message>
        <source>Used for noarch packages; other packages go to their own arch.</source>
        <translation>Utilisé pour les paquets noarch ; les autres paquets vont dans leur propre architecture.</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Certificats du système uniquement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Allow sending the token over plain http to this server</source>
        <translation>Autoriser l’envoi du jeton en http non chiffré vers ce serveur</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and reuse the token. Only for servers reachable over a network you trust.</source>
        <translation>N’importe qui sur le chemin réseau peut lire et réutiliser le jeton. Uniquement pour des serveurs joignables par un réseau de confiance.</translation>
    </message>
    <message>
        <source>Package owner:</source>
        <translation>Propriétaire des paquets :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Default arch:</source>
        <translation>Architecture par défaut :</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat CA :</translation>
    </message>
    <message>
        <source>Default branch:</source>
        <translation>Branche par défaut :</translation>
    </message>
    <message>
        <source>Default version:</source>
        <translation>Version par défaut :</translation>
    </message>
    <message>
        <source>Default repository:</source>
        <translation>Dépôt par défaut :</translation>
    </message>
    <message>
        <source>user or organisation</source>
        <translation>utilisateur ou organisation</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>arch</source>
        <translation>arch</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation>Le fichier de certificat CA n’existe pas.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerSidebar</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Add a server by URL…</source>
        <translation>Ajouter un serveur par URL…</translation>
    </message>
    <message>
        <source>Import /etc/apk/repositories…</source>
        <translation>Importer /etc/apk/repositories…</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>Retirer le serveur sélectionné</translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation>Relister le dossier sélectionné</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>List Again</source>
        <translation>Relister</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Le fichier CA de %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Import Repositories</source>
        <translation>Importer des dépôts</translation>
    </message>
    <message>
        <source>apk repositories (repositories);;All files (*)</source>
        <translation>Dépôts apk (repositories);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Some lines of %1 were not imported: %2</source>
        <translation>Certaines lignes de %1 n’ont pas été importées : %2</translation>
    </message>
    <message>
        <source>%1 names no repository that is not already in the list.</source>
        <translation>%1 ne cite aucun dépôt qui ne soit pas déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1 is not on this server.</source>
        <translation>%1 n’est pas sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerTreeModel</name>
    <message>
        <source>%1 (listing…)</source>
        <translation>%1 (listage…)</translation>
    </message>
    <message>
        <source>%1
Could not list this folder: %2</source>
        <translation>%1
Impossible de lister ce dossier : %2</translation>
    </message>
    <message>
        <source>%1
Nothing found in this folder</source>
        <translation>%1
Rien trouvé dans ce dossier</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SetTokenDialog</name>
    <message>
        <source>Set Token for %1</source>
        <translation>Définir le jeton pour %1</translation>
    </message>
    <message>
        <source>Paste an access token of %1 with the package write scope. It is kept in the system keychain, never in a settings file.</source>
        <translation>Collez un jeton d’accès de %1 avec le droit d’écriture sur les paquets. Il est gardé dans le trousseau du système, jamais dans un fichier de configuration.</translation>
    </message>
    <message>
        <source>Paste the JWT this reposerve accepts (for example a CI job token). It is kept in the system keychain, never in a settings file.</source>
        <translation>Collez le JWT qu’accepte ce reposerve (par exemple un jeton de tâche CI). Il est gardé dans le trousseau du système, jamais dans un fichier de configuration.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Keep the token for this session only (forgotten when Apkdesk quits)</source>
        <translation>Garder le jeton pour cette session uniquement (oublié à la fermeture d’Apkdesk)</translation>
    </message>
    <message>
        <source>Token %1.</source>
        <translation>Jeton %1.</translation>
    </message>
    <message numerus="yes">
        <source>Access token, %n character(s).</source>
        <translation>
            <numerusform>Jeton d’accès, %n caractère.</numerusform>
            <numerusform>Jeton d’accès, %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret service (keychain) is available on this desktop, so the token cannot be stored permanently. Apkdesk never writes tokens to a plain file. You can keep it for this session only.</source>
        <translation>Aucun service de secrets (trousseau) n’est disponible sur ce bureau, le jeton ne peut donc pas être enregistré durablement. Apkdesk n’écrit jamais de jeton dans un simple fichier. Vous pouvez le garder pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Le trousseau n’a pas enregistré le jeton : %1</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignDialog</name>
    <message>
        <source>Sign with…</source>
        <translation>Signer avec…</translation>
    </message>
    <message>
        <source>Packages (.apk) and indexes (APKINDEX.tar.gz) to sign:</source>
        <translation>Paquets (.apk) et index (APKINDEX.tar.gz) à signer :</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>RSA with SHA-1 (.SIGN.RSA, what abuild-sign writes)</source>
        <translation>RSA avec SHA-1 (.SIGN.RSA, ce qu’écrit abuild-sign)</translation>
    </message>
    <message>
        <source>RSA with SHA-256 (.SIGN.RSA256)</source>
        <translation>RSA avec SHA-256 (.SIGN.RSA256)</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>Add beside other keys&apos; signatures (this key&apos;s own is replaced)</source>
        <translation>Ajouter à côté des signatures des autres clés (celle de cette clé est remplacée)</translation>
    </message>
    <message>
        <source>Replace all existing signatures</source>
        <translation>Remplacer toutes les signatures existantes</translation>
    </message>
    <message>
        <source>Existing signatures:</source>
        <translation>Signatures existantes :</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source> — %1 bits</source>
        <translation> — %1 bits</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, chiffrée</translation>
    </message>
    <message>
        <source>No private keys — generate or import one in the Keys view</source>
        <translation>Aucune clé privée — générez-en ou importez-en une dans la vue Clés</translation>
    </message>
    <message>
        <source>Add Files to Sign</source>
        <translation>Ajouter des fichiers à signer</translation>
    </message>
    <message>
        <source>Packages and indexes (*.apk *.tar.gz)</source>
        <translation>Paquets et index (*.apk *.tar.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>Déverrouillage de %1…</translation>
    </message>
    <message>
        <source>Not signed: no passphrase given.</source>
        <translation>Non signé : aucune phrase secrète fournie.</translation>
    </message>
    <message numerus="yes">
        <source>Signing %n file(s) with %1…</source>
        <translation>
            <numerusform>Signature de %n fichier avec %1…</numerusform>
            <numerusform>Signature de %n fichiers avec %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>signed; replaced %1</source>
        <translation>signé ; %1 remplacée</translation>
    </message>
    <message numerus="yes">
        <source>Signed %n file(s).</source>
        <translation>
            <numerusform>%n fichier signé.</numerusform>
            <numerusform>%n fichiers signés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (left unchanged).</source>
        <translation>
            <numerusform>%n en échec (laissé inchangé).</numerusform>
            <numerusform>%n en échec (laissés inchangés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed (cancelled).</source>
        <translation>
            <numerusform>%n non signé (annulé).</numerusform>
            <numerusform>%n non signés (annulé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignatureBadge</name>
    <message>
        <source>Trusted: signed by %1</source>
        <translation>De confiance : signé par %1</translation>
    </message>
    <message>
        <source>Untrusted: signed by %1, a key you do not trust</source>
        <translation>Non fiable : signé par %1, une clé à laquelle vous ne faites pas confiance</translation>
    </message>
    <message>
        <source>Unsigned: nobody vouches for this index</source>
        <translation>Non signé : personne ne garantit cet index</translation>
    </message>
    <message>
        <source>Bad signature: the signature by %1 does not match the index</source>
        <translation>Mauvaise signature : la signature de %1 ne correspond pas à l’index</translation>
    </message>
    <message>
        <source>Browsing anyway, as you chose: nothing here is vouched for.</source>
        <translation>Parcours quand même, comme vous l’avez choisi : rien n’est garanti ici.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignatureTableModel</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>key not trusted</source>
        <translation>clé non approuvée</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not checked (file incomplete)</source>
        <translation>non vérifiée (fichier incomplet)</translation>
    </message>
    <message>
        <source>Gzip member %1 at bytes %2–%3, %4 signature bytes</source>
        <translation>Membre gzip %1 aux octets %2–%3, %4 octets de signature</translation>
    </message>
    <message>
        <source>Trusted key SHA-256: %1</source>
        <translation>SHA-256 de la clé de confiance : %1</translation>
    </message>
    <message>
        <source>This is the signature apk checks: the first one by a trusted key.</source>
        <translation>C’est la signature que vérifie apk : la première provenant d’une clé de confiance.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Server / package</source>
        <translation>Serveur / paquet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>No uploads yet.</source>
        <translation>Aucun téléversement pour l’instant.</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadPackageModel</name>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Untrusted key</source>
        <translation>Clé non approuvée</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Endommagé : %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent, checking the index…</source>
        <translation>Envoyé, vérification de l’index…</translation>
    </message>
    <message>
        <source>Confirmed in the signed index</source>
        <translation>Confirmé dans l’index signé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Arch.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::UploadView</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Set Token…</source>
        <translation>Définir le jeton…</translation>
    </message>
    <message>
        <source>Trust Registry Key…</source>
        <translation>Approuver la clé du registre…</translation>
    </message>
    <message>
        <source>Fetch the key this Gitea/Forgejo registry signs its index with, and decide whether to trust it.</source>
        <translation>Récupérer la clé avec laquelle ce registre Gitea/Forgejo signe son index, et décider de lui faire confiance ou non.</translation>
    </message>
    <message>
        <source>Also send packages not signed by a trusted key</source>
        <translation>Envoyer aussi les paquets non signés par une clé de confiance</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <source>Drop .apk files or abuild output folders here.</source>
        <translation>Déposez ici des fichiers .apk ou des dossiers de sortie d’abuild.</translation>
    </message>
    <message>
        <source>Add Packages…</source>
        <translation>Ajouter des paquets…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show in Browser</source>
        <translation>Afficher dans le navigateur</translation>
    </message>
    <message>
        <source>Open the confirmed package in the repository browser.</source>
        <translation>Ouvrir le paquet confirmé dans le navigateur de dépôts.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>(each package&apos;s arch)</source>
        <translation>(architecture de chaque paquet)</translation>
    </message>
    <message>
        <source>Add an upload server first</source>
        <translation>Ajoutez d’abord un serveur de téléversement</translation>
    </message>
    <message>
        <source>No server selected.</source>
        <translation>Aucun serveur sélectionné.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Missing. No keychain is available: a token can be kept for this session only.</source>
        <translation>Absent. Aucun trousseau n’est disponible : un jeton ne peut être gardé que pour cette session.</translation>
    </message>
    <message>
        <source>Could not read the keychain: %1</source>
        <translation>Impossible de lire le trousseau : %1</translation>
    </message>
    <message>
        <source>Missing: set a token for this server.</source>
        <translation>Absent : définissez un jeton pour ce serveur.</translation>
    </message>
    <message>
        <source>(kept for this session only)</source>
        <translation>(gardé pour cette session uniquement)</translation>
    </message>
    <message>
        <source>Add Packages</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <source>Alpine packages (*.apk);;All files (*)</source>
        <translation>Paquets Alpine (*.apk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove %1 and its token from the keychain?</source>
        <translation>Retirer %1 et son jeton du trousseau ?</translation>
    </message>
    <message>
        <source>Fetching the registry&apos;s key…</source>
        <translation>Récupération de la clé du registre…</translation>
    </message>
    <message>
        <source>Trust Registry Key</source>
        <translation>Approuver la clé du registre</translation>
    </message>
    <message>
        <source>The registry signs its index with the key &quot;%1&quot; (RSA %2 bits).

SHA-256 fingerprint:
%3

Trust it only if this fingerprint matches what the registry&apos;s administrator published. Trust this key?</source>
        <translation>Le registre signe son index avec la clé « %1 » (RSA %2 bits).

Empreinte SHA-256 :
%3

Ne l’approuvez que si cette empreinte correspond à celle publiée par l’administrateur du registre. Approuver cette clé ?</translation>
    </message>
    <message>
        <source>%1 is now trusted.</source>
        <translation>%1 est maintenant approuvée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Démarrage du téléversement…</translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::VerdictBadge</name>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Untrusted key</source>
        <translation>Clé non approuvée</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Signature invalide</translation>
    </message>
    <message>
        <source>Data altered</source>
        <translation>Données modifiées</translation>
    </message>
    <message>
        <source>File altered</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>Tronqué</translation>
    </message>
    <message>
        <source>Corrupt</source>
        <translation>Corrompu</translation>
    </message>
    <message>
        <source>Refused (limit)</source>
        <translation>Refusé (limite)</translation>
    </message>
    <message>
        <source>Not a package</source>
        <translation>Pas un paquet</translation>
    </message>
    <message>
        <source>apk v3 package</source>
        <translation>Paquet apk v3</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>apkdesk::versions</name>
    <message>
        <source>first version &apos;%1&apos; is invalid</source>
        <translation>la première version « %1 » est invalide</translation>
    </message>
    <message>
        <source>second version &apos;%1&apos; is invalid</source>
        <translation>la seconde version « %1 » est invalide</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Trust the public keys in DIR (repeatable; replaces the configured folders).</source>
        <translation>Faire confiance aux clés publiques du dossier DIR (répétable ; remplace les dossiers configurés).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Usage: apkdesk-cli &lt;command&gt; [options] [arguments]</source>
        <translation>Utilisation : apkdesk-cli &lt;commande&gt; [options] [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;apkdesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « apkdesk-cli &lt;commande&gt; --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>apkdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>apkdesk-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Package name (required).</source>
        <translation>Nom du paquet (obligatoire).</translation>
    </message>
    <message>
        <source>Full version with release, e.g. 1.2.3-r0 (required).</source>
        <translation>Version complète avec révision, p. ex. 1.2.3-r0 (obligatoire).</translation>
    </message>
    <message>
        <source>One-line description.</source>
        <translation>Description sur une ligne.</translation>
    </message>
    <message>
        <source>Project URL.</source>
        <translation>URL du projet.</translation>
    </message>
    <message>
        <source>Architecture (default noarch).</source>
        <translation>Architecture (noarch par défaut).</translation>
    </message>
    <message>
        <source>SPDX license expression.</source>
        <translation>Expression de licence SPDX.</translation>
    </message>
    <message>
        <source>Origin package (default: the name).</source>
        <translation>Paquet d’origine (par défaut : le nom).</translation>
    </message>
    <message>
        <source>Maintainer, &quot;Name &lt;mail&gt;&quot;.</source>
        <translation>Mainteneur, « Nom &lt;mail&gt; ».</translation>
    </message>
    <message>
        <source>Packager, &quot;Name &lt;mail&gt;&quot; (default: $PACKAGER or Unknown).</source>
        <translation>Empaqueteur, « Nom &lt;mail&gt; » (par défaut : $PACKAGER ou Unknown).</translation>
    </message>
    <message>
        <source>Source commit id.</source>
        <translation>Identifiant du commit source.</translation>
    </message>
    <message>
        <source>Dependency (repeatable or space-separated).</source>
        <translation>Dépendance (répétable ou séparée par des espaces).</translation>
    </message>
    <message>
        <source>Provided name (repeatable).</source>
        <translation>Nom fourni (répétable).</translation>
    </message>
    <message>
        <source>Replaced package (repeatable).</source>
        <translation>Paquet remplacé (répétable).</translation>
    </message>
    <message>
        <source>install_if condition (repeatable).</source>
        <translation>Condition install_if (répétable).</translation>
    </message>
    <message>
        <source>Trigger folder (repeatable; needs --script trigger=FILE).</source>
        <translation>Dossier déclencheur (répétable ; nécessite --script trigger=FILE).</translation>
    </message>
    <message>
        <source>Read the key passphrase from environment variable VAR (never pass it as an argument).</source>
        <translation>Lire la phrase secrète de la clé dans la variable d’environnement VAR (ne la passez jamais en argument).</translation>
    </message>
    <message>
        <source>Read the key passphrase from file descriptor N (first line).</source>
        <translation>Lire la phrase secrète de la clé sur le descripteur de fichier N (première ligne).</translation>
    </message>
    <message>
        <source>environment variable %1 (named by --passphrase-env) is not set</source>
        <translation>la variable d’environnement %1 (indiquée par --passphrase-env) n’est pas définie</translation>
    </message>
    <message>
        <source>cannot read the passphrase from file descriptor %1</source>
        <translation>impossible de lire la phrase secrète sur le descripteur de fichier %1</translation>
    </message>
    <message>
        <source>a passphrase is needed: use --passphrase-env VAR or --passphrase-fd N (no terminal to ask on)</source>
        <translation>une phrase secrète est nécessaire : utilisez --passphrase-env VAR ou --passphrase-fd N (aucun terminal pour la demander)</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation>les phrases secrètes ne correspondent pas</translation>
    </message>
    <message>
        <source>only the public half of %1 is here; signing needs the private key</source>
        <translation>seule la partie publique de %1 est présente ; signer nécessite la clé privée</translation>
    </message>
    <message>
        <source>warning: %1 is readable by other users (chmod 600 it)</source>
        <translation>avertissement : %1 est lisible par d’autres utilisateurs (faites chmod 600)</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1 : </translation>
    </message>
    <message>
        <source>Generate, list, import and export abuild signing keys</source>
        <translation>Générer, lister, importer et exporter des clés de signature abuild</translation>
    </message>
    <message>
        <source>Manage abuild-compatible RSA signing keys.

  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]
  list
  import FILE [--dir DIR]
  export-public KEY [-o FILE]
  fingerprint KEY|FILE

KEY is a key file, a key name (alice-6b0ae07e.rsa) or a fingerprint prefix.</source>
        <translation>Gérer des clés de signature RSA compatibles avec abuild.

  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]
  list
  import FILE [--dir DIR]
  export-public KEY [-o FILE]
  fingerprint KEY|FILE

KEY est un fichier de clé, un nom de clé (alice-6b0ae07e.rsa) ou un préfixe d’empreinte.</translation>
    </message>
    <message>
        <source>generate, list, import, export-public or fingerprint</source>
        <translation>generate, list, import, export-public ou fingerprint</translation>
    </message>
    <message>
        <source>Key name: your e-mail or user name.</source>
        <translation>Nom de la clé : votre adresse e-mail ou votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation>Taille de la clé RSA (4096 par défaut).</translation>
    </message>
    <message>
        <source>Protect the new private key with a passphrase (AES-256).</source>
        <translation>Protéger la nouvelle clé privée par une phrase secrète (AES-256).</translation>
    </message>
    <message>
        <source>Key folder (default: Apkdesk&apos;s key folder).</source>
        <translation>Dossier des clés (par défaut : celui d’Apkdesk).</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Écrire dans FILE.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>action manquante</translation>
    </message>
    <message>
        <source>bad arguments for &apos;%1&apos;</source>
        <translation>arguments incorrects pour « %1 »</translation>
    </message>
    <message>
        <source>--name is needed</source>
        <translation>--name est requis</translation>
    </message>
    <message>
        <source>--bits must be a number</source>
        <translation>--bits doit être un nombre</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Phrase secrète de la nouvelle clé : </translation>
    </message>
    <message>
        <source>an empty passphrase does not protect anything</source>
        <translation>une phrase secrète vide ne protège rien</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Clé privée : %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Clé publique : %1</translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation>Empreinte : SHA256:%1</translation>
    </message>
    <message>
        <source>Copy the public key into /etc/apk/keys on the machines that should trust it.</source>
        <translation>Copiez la clé publique dans /etc/apk/keys sur les machines qui doivent lui faire confiance.</translation>
    </message>
    <message>
        <source>No keys. Create one with: apkdesk-cli key generate --name you@example.org</source>
        <translation>Aucune clé. Créez-en une avec : apkdesk-cli key generate --name vous@example.org</translation>
    </message>
    <message>
        <source>fingerprint: SHA256:%1</source>
        <translation>empreinte : SHA256:%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>size: %1 bits</source>
        <translation>taille : %1 bits</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>créée : %1</translation>
    </message>
    <message>
        <source>private key: %1</source>
        <translation>clé privée : %1</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (chiffrée)</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>trusted in: %1</source>
        <translation>approuvée dans : %1</translation>
    </message>
    <message>
        <source>warning: the private key is readable by other users</source>
        <translation>avertissement : la clé privée est lisible par d’autres utilisateurs</translation>
    </message>
    <message>
        <source>warning: the .pub next to it belongs to another key</source>
        <translation>avertissement : le .pub à côté appartient à une autre clé</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>Imported %1 (SHA256:%2)</source>
        <translation>%1 importée (SHA256:%2)</translation>
    </message>
    <message>
        <source>Wrote %1 (install it as /etc/apk/keys/%2)</source>
        <translation>%1 écrit (installez-le sous /etc/apk/keys/%2)</translation>
    </message>
    <message>
        <source>the key is encrypted and has no .pub next to it: unlock it with &apos;key export-public&apos;</source>
        <translation>la clé est chiffrée et n’a pas de .pub à côté : déverrouillez-la avec « key export-public »</translation>
    </message>
    <message>
        <source>Create .apk packages from a folder tree</source>
        <translation>Créer des paquets .apk à partir d’une arborescence</translation>
    </message>
    <message>
        <source>package create DIR --name N --version V [options] -o FILE.apk [--key KEY]

Builds a v2 package the way abuild does: data and control tars with checksums, .PKGINFO with size and datahash, optionally signed.</source>
        <translation>package create DIR --name N --version V [options] -o FILE.apk [--key KEY]

Construit un paquet v2 comme le fait abuild : tars de données et de contrôle avec sommes de contrôle, .PKGINFO avec taille et datahash, signature en option.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>The folder tree that becomes the package&apos;s files.</source>
        <translation>L’arborescence qui devient les fichiers du paquet.</translation>
    </message>
    <message>
        <source>Install script NAME=FILE, NAME one of pre-install, post-install, pre-upgrade, post-upgrade, pre-deinstall, post-deinstall, trigger (repeatable; order kept).</source>
        <translation>Script d’installation NAME=FILE, NAME parmi pre-install, post-install, pre-upgrade, post-upgrade, pre-deinstall, post-deinstall, trigger (répétable ; ordre conservé).</translation>
    </message>
    <message>
        <source>Build time, seconds since 1970 (default: $SOURCE_DATE_EPOCH or now).</source>
        <translation>Date de construction, en secondes depuis 1970 (par défaut : $SOURCE_DATE_EPOCH ou maintenant).</translation>
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
        <translation>Le .apk à écrire.</translation>
    </message>
    <message>
        <source>Sign with this private key.</source>
        <translation>Signer avec cette clé privée.</translation>
    </message>
    <message>
        <source>Sign with RSA/SHA-256.</source>
        <translation>Signer en RSA/SHA-256.</translation>
    </message>
    <message>
        <source>usage: package create DIR --name N --version V -o FILE.apk</source>
        <translation>utilisation : package create DIR --name N --version V -o FILE.apk</translation>
    </message>
    <message>
        <source>-o FILE.apk is needed</source>
        <translation>-o FILE.apk est requis</translation>
    </message>
    <message>
        <source>--script wants NAME=FILE, got &apos;%1&apos;</source>
        <translation>--script attend NAME=FILE, reçu « %1 »</translation>
    </message>
    <message>
        <source>Created %1 (%2 files, %3 bytes installed%4)</source>
        <translation>%1 créé (%2 fichiers, %3 octets installés%4)</translation>
    </message>
    <message>
        <source>, signed with %1</source>
        <translation>, signé avec %1</translation>
    </message>
    <message>
        <source>--builddate must be seconds since 1970</source>
        <translation>--builddate doit être en secondes depuis 1970</translation>
    </message>
    <message>
        <source>--provider-priority must be a number</source>
        <translation>--provider-priority doit être un nombre</translation>
    </message>
    <message>
        <source>--replaces-priority must be a number</source>
        <translation>--replaces-priority doit être un nombre</translation>
    </message>
    <message>
        <source>Sign packages or APKINDEX.tar.gz like abuild-sign</source>
        <translation>Signer des paquets ou des APKINDEX.tar.gz comme abuild-sign</translation>
    </message>
    <message>
        <source>Signs v2 packages (.apk) and indexes (APKINDEX.tar.gz) in place, atomically. A signature by the same key is replaced, never duplicated; other keys&apos; signatures stay unless --replace is given.</source>
        <translation>Signe sur place et de façon atomique des paquets v2 (.apk) et des index (APKINDEX.tar.gz). Une signature de la même clé est remplacée, jamais dupliquée ; les signatures des autres clés restent, sauf avec --replace.</translation>
    </message>
    <message>
        <source>Packages or indexes to sign.</source>
        <translation>Paquets ou index à signer.</translation>
    </message>
    <message>
        <source>Private key: a file, a key name or a fingerprint prefix.</source>
        <translation>Clé privée : un fichier, un nom de clé ou un préfixe d’empreinte.</translation>
    </message>
    <message>
        <source>RSA with SHA-256 (.SIGN.RSA256.*) instead of SHA-1.</source>
        <translation>RSA avec SHA-256 (.SIGN.RSA256.*) au lieu de SHA-1.</translation>
    </message>
    <message>
        <source>Remove every existing signature first.</source>
        <translation>Supprimer d’abord toutes les signatures existantes.</translation>
    </message>
    <message>
        <source>Write the signed file here instead of in place (one FILE only).</source>
        <translation>Écrire le fichier signé ici au lieu de le modifier sur place (un seul FILE).</translation>
    </message>
    <message>
        <source>no file to sign</source>
        <translation>aucun fichier à signer</translation>
    </message>
    <message>
        <source>--key is needed</source>
        <translation>--key est requis</translation>
    </message>
    <message>
        <source>--output works with one file only</source>
        <translation>--output ne fonctionne qu’avec un seul fichier</translation>
    </message>
    <message>
        <source>Signed %1 (%2)</source>
        <translation>%1 signé (%2)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>%1 remplacée</translation>
    </message>
</context>
<context>
    <name>cli::extract</name>
    <message numerus="yes">
        <source>%1: %2; %n entries written to %3</source>
        <translation>
            <numerusform>%1 : %2 ; %n entrée écrite dans %3</numerusform>
            <numerusform>%1 : %2 ; %n entrées écrites dans %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::index</name>
    <message>
        <source>warning: %1 could not be reached (%2); using the cached copy</source>
        <translation>avertissement : %1 est injoignable (%2) ; utilisation de la copie en cache</translation>
    </message>
    <message>
        <source>Read the index even when it is unsigned, signed by an unknown key or its signature does not verify.</source>
        <translation>Lire l’index même s’il n’est pas signé, s’il est signé par une clé inconnue ou si sa signature ne se vérifie pas.</translation>
    </message>
    <message>
        <source>%1; use --allow-untrusted to read it anyway</source>
        <translation>%1 ; utilisez --allow-untrusted pour le lire quand même</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <source>  (BROKEN: nothing provides it)</source>
        <translation>  (CASSÉ : rien ne le fournit)</translation>
    </message>
    <message>
        <source>  (no matching version)</source>
        <translation>  (aucune version correspondante)</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Install if</source>
        <translation>Installer si</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Requis par</translation>
    </message>
    <message>
        <source>Installed automatically with it (install_if)</source>
        <translation>Installé automatiquement avec lui (install_if)</translation>
    </message>
    <message>
        <source>Same origin</source>
        <translation>Même origine</translation>
    </message>
    <message>
        <source>Read an APKINDEX.tar.gz (file, file:// or http(s) URL of the index or of its repository folder), verify it and list its packages.</source>
        <translation>Lire un APKINDEX.tar.gz (fichier, URL file:// ou http(s) de l’index ou de son dossier de dépôt), le vérifier et lister ses paquets.</translation>
    </message>
    <message>
        <source>Show one package: every field, dependencies resolved, reverse dependencies.</source>
        <translation>Afficher un paquet : tous les champs, dépendances résolues, dépendances inverses.</translation>
    </message>
    <message>
        <source>APKINDEX.tar.gz path or URL.</source>
        <translation>Chemin ou URL de l’APKINDEX.tar.gz.</translation>
    </message>
    <message>
        <source>give exactly one index</source>
        <translation>indiquez exactement un index</translation>
    </message>
    <message>
        <source>no package named &apos;%1&apos; in the index</source>
        <translation>aucun paquet nommé « %1 » dans l’index</translation>
    </message>
    <message>
        <source>Index:       %1</source>
        <translation>Index :       %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Signature:   %1 (%2)</source>
        <translation>Signature :   %1 (%2)</translation>
    </message>
    <message>
        <source>Built:       %1</source>
        <translation>Construit :   %1</translation>
    </message>
    <message>
        <source>Packages:    %1</source>
        <translation>Paquets :     %1</translation>
    </message>
    <message>
        <source>Broken dependencies: %1 (nothing provides them)</source>
        <translation>Dépendances cassées : %1 (rien ne les fournit)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Build APKINDEX.tar.gz from a folder of packages (or package files) like `apk index`, and sign it.</source>
        <translation>Construire un APKINDEX.tar.gz à partir d’un dossier de paquets (ou de fichiers de paquets) comme `apk index`, et le signer.</translation>
    </message>
    <message>
        <source>Index file to write.</source>
        <translation>Fichier d’index à écrire.</translation>
    </message>
    <message>
        <source>Repository description (DESCRIPTION).</source>
        <translation>Description du dépôt (DESCRIPTION).</translation>
    </message>
    <message>
        <source>Write ARCH as every package&apos;s arch.</source>
        <translation>Écrire ARCH comme architecture de chaque paquet.</translation>
    </message>
    <message>
        <source>Sign with this private key (file, key name or fingerprint).</source>
        <translation>Signer avec cette clé privée (fichier, nom de clé ou empreinte).</translation>
    </message>
    <message>
        <source>Public key name in the signature (default: the key file name + .pub).</source>
        <translation>Nom de la clé publique dans la signature (par défaut : le nom du fichier de clé + .pub).</translation>
    </message>
    <message>
        <source>Sign with SHA-256 (RSA256) instead of SHA-1.</source>
        <translation>Signer en SHA-256 (RSA256) au lieu de SHA-1.</translation>
    </message>
    <message>
        <source>A folder of .apk files, or .apk files.</source>
        <translation>Un dossier de fichiers .apk, ou des fichiers .apk.</translation>
    </message>
    <message>
        <source>no packages given</source>
        <translation>aucun paquet indiqué</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output est requis</translation>
    </message>
    <message>
        <source>note: %1 skipped: a newer build of the same version is indexed</source>
        <translation>remarque : %1 ignoré : une construction plus récente de la même version est indexée</translation>
    </message>
    <message>
        <source>warning: no provider for: %1</source>
        <translation>avertissement : aucun fournisseur pour : %1</translation>
    </message>
    <message>
        <source>%1: %2 packages</source>
        <translation>%1 : %2 paquets</translation>
    </message>
    <message>
        <source>, signed (%1)</source>
        <translation>, signé (%1)</translation>
    </message>
    <message>
        <source>Show or build a repository index (APKINDEX.tar.gz)</source>
        <translation>Afficher ou construire un index de dépôt (APKINDEX.tar.gz)</translation>
    </message>
    <message>
        <source>Usage: apkdesk-cli index show FILE|URL [--json] [--package NAME] [--keys-dir DIR]... [--allow-untrusted]
       apkdesk-cli index build DIR -o FILE [--sign KEY] [--description TEXT] [--rewrite-arch ARCH]
</source>
        <translation>Utilisation : apkdesk-cli index show FILE|URL [--json] [--package NAME] [--keys-dir DIR]... [--allow-untrusted]
               apkdesk-cli index build DIR -o FILE [--sign KEY] [--description TEXT] [--rewrite-arch ARCH]
</translation>
    </message>
    <message>
        <source>apkdesk-cli index: missing subcommand</source>
        <translation>apkdesk-cli index : sous-commande manquante</translation>
    </message>
    <message>
        <source>apkdesk-cli index: unknown subcommand &apos;%1&apos;</source>
        <translation>apkdesk-cli index : sous-commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>cli::search</name>
    <message>
        <source>Search a repository index by name, description and provides</source>
        <translation>Chercher dans un index de dépôt par nom, description et fournitures</translation>
    </message>
    <message>
        <source>Search an APKINDEX.tar.gz: every word of TERM must appear (case-insensitively) in a package&apos;s name, description or provides (so:, cmd:, pc: names). Exit code 1 when nothing matches.</source>
        <translation>Chercher dans un APKINDEX.tar.gz : chaque mot de TERM doit apparaître (sans tenir compte de la casse) dans le nom, la description ou les fournitures d’un paquet (noms so:, cmd:, pc:). Code de sortie 1 si rien ne correspond.</translation>
    </message>
    <message>
        <source>Only packages with exactly this %1.</source>
        <translation>Uniquement les paquets ayant exactement ce champ %1.</translation>
    </message>
    <message>
        <source>Sort by name (default), version, arch, size, installed-size, build-time, origin, maintainer or license.</source>
        <translation>Trier par name (par défaut), version, arch, size, installed-size, build-time, origin, maintainer ou license.</translation>
    </message>
    <message>
        <source>APKINDEX.tar.gz path or URL.</source>
        <translation>Chemin ou URL de l’APKINDEX.tar.gz.</translation>
    </message>
    <message>
        <source>Words to look for (may be empty with filters).</source>
        <translation>Mots à chercher (peut être vide avec des filtres).</translation>
    </message>
    <message>
        <source>no index given</source>
        <translation>aucun index indiqué</translation>
    </message>
    <message>
        <source>unknown sort key &apos;%1&apos;</source>
        <translation>clé de tri inconnue « %1 »</translation>
    </message>
    <message>
        <source>give a search term or a filter</source>
        <translation>indiquez un terme de recherche ou un filtre</translation>
    </message>
</context>
<context>
    <name>cli::verify</name>
    <message>
        <source>Verify .apk packages&apos; signatures and integrity</source>
        <translation>Vérifier les signatures et l’intégrité de paquets .apk</translation>
    </message>
    <message>
        <source>Package files (.apk).</source>
        <translation>Fichiers de paquet (.apk).</translation>
    </message>
    <message>
        <source>no package given</source>
        <translation>aucun paquet indiqué</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Alpine package repository desktop</source>
        <translation>Bureau pour dépôts de paquets Alpine</translation>
    </message>
    <message>
        <source>Packages, indexes or APKBUILDs to open.</source>
        <translation>Paquets, index ou APKBUILD à ouvrir.</translation>
    </message>
    <message>
        <source>Open the sample repository made by the build (its key is trusted for it only).</source>
        <translation>Ouvrir le dépôt d’exemple créé par la compilation (sa clé n’est approuvée que pour lui).</translation>
    </message>
    <message>
        <source>Open a repository: a server root, an arch folder, an index URL or file.</source>
        <translation>Ouvrir un dépôt : racine d’un serveur, dossier d’architecture, URL ou fichier d’index.</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>&amp;Sign with…</source>
        <translation>Sig&amp;ner avec…</translation>
    </message>
    <message>
        <source>APKBUILDs</source>
        <translation>APKBUILD</translation>
    </message>
</context>
</TS>
