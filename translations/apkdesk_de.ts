<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InspectCommand</name>
    <message>
        <source>Show what an .apk package holds and who signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file (.apk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Generate, list, import and export abuild signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage abuild-compatible RSA signing keys.

  generate --name NAME [--bits 4096] [--encrypt] [--dir DIR]
  list
  import FILE [--dir DIR]
  export-public KEY [-o FILE]
  fingerprint KEY|FILE

KEY is a key file, a key name (alice-6b0ae07e.rsa) or a fingerprint prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate, list, import, export-public or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name: your e-mail or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key size (default 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the new private key with a passphrase (AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key folder (default: Apkdesk&apos;s key folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>bad arguments for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bits must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty passphrase does not protect anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: SHA256:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the public key into /etc/apk/keys on the machines that should trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys. Create one with: apkdesk-cli key generate --name you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint: SHA256:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size: %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the private key is readable by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the .pub next to it belongs to another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 (SHA256:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (install it as /etc/apk/keys/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is encrypted and has no .pub next to it: unlock it with &apos;key export-public&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Sign packages or APKINDEX.tar.gz like abuild-sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs v2 packages (.apk) and indexes (APKINDEX.tar.gz) in place, atomically. A signature by the same key is replaced, never duplicated; other keys&apos; signatures stay unless --replace is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages or indexes to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: a file, a key name or a fingerprint prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA with SHA-256 (.SIGN.RSA256.*) instead of SHA-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every existing signature first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed file here instead of in place (one FILE only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output works with one file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>keys folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadCommand</name>
    <message>
        <source>Upload packages to reposerve or a Gitea/Forgejo registry and confirm them in its index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads packages (files, or folders laid out as abuild leaves them: &lt;repo&gt;/&lt;arch&gt;/*.apk), one request per target arch, then downloads the server&apos;s index again and checks that it is signed by a trusted key and lists every package with the same checksum. Exits 0 only then. The token is read from an environment variable or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. https://repo.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reposerve (default) or gitea (also Forgejo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gitea: the user the token belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gitea: the user or organisation owning the packages (default: --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine version folder, e.g. v3.21 (Gitea: branch). Default edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository, e.g. main (default: from the folder layout, else main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target arch (default: each package&apos;s, or its folder&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted public keys folder (repeatable; default: the configured ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate(s) (PEM) to trust for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the token over plain http to a host that is not this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send packages not signed by a trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without progress before giving up (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one package or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gitea upload needs --token-env or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .apk file found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file:// sources are refused: the file must be next to the APKBUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; renames something that is not an http, https or ftp URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name before &apos;::&apos; must be a plain file name, not a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path: local sources are relative to the APKBUILD&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves the APKBUILD&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subpackage arch &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; the checksums are not rewritten until this is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (the old checksum is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no checksum to keep: the line is left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new sha512 checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed upstream while pkgver stayed %2: the file behind %3 is not the one the old checksum was made from. Check why before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checksum changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the APKBUILD has no %1= assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is assigned inside a condition or loop; edit it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is built from other variables or commands; edit it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the edit the file reads pkgver=%1 pkgrel=%2, not %3-r%4; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a gzip member (no 1f 8b magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported gzip compression method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved gzip header flags set (0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip header CRC mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set file permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a complete v2 package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.PKGINFO has %1 datahash lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datahash &quot;%1&quot; is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data does not match its datahash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file checksums do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.PKGINFO has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key name (your name or e-mail) is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key name has no usable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, and no .pub file next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key %1 does not belong to this private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at the top of the package tree: names starting with &apos;.&apos; there are reserved for package metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device files, fifos and sockets cannot go into a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;..&apos; in path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory listing is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret stored under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret service is available (is a keyring such as GNOME Keyring or KWallet running?); you can keep secrets for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seek: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the package is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the package has no .PKGINFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: the data does not match the datahash in .PKGINFO (the package was changed after it was built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign: file &apos;%1&apos; does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signature entry name apk recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key name contains &apos;/&apos;: never matched against a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA signatures are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature of %1 bytes is over apk&apos;s 64 KiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted key named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed bytes are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a valid JWT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not base64url text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim &quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must be a single folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ApkIndex</name>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::Apkbuild</name>
    <message>
        <source>cannot read the APKBUILD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB: not an APKBUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default $srcdir/$pkgname-$pkgver with a value that is not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumLayout</name>
    <message>
        <source>the file has CRLF line ends (abuild stops at the first blank line with &quot;\r: not found&quot;); convert it to LF first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the checksums are not rewritten until this is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned inside a condition or loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned more than once (the block is split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is built from variables or commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start at the beginning of its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other text follows the closing quote of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares a line with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumPlan</name>
    <message>
        <source>the source list cannot be expanded statically (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate found in $source: %1 (rename one with &apos;name::url&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache folder for downloaded sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local source &apos;%1&apos; leads outside the APKBUILD&apos;s folder (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ChecksumRefresh</name>
    <message>
        <source>a checksum refresh is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the source cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of %1 (a redirect to an error or mirror page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 folders; only the first were read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::DownloadJob</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to resume (HTTP 416)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered the resume with a different range or file; restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download exceeds the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the download: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the download into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::Error</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::GiteaUploader</name>
    <message>
        <source>No token for %1: set one (a Gitea/Forgejo access token with the package write scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 packages were not accepted; the first: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipMemberScanner</name>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing bytes after the last gzip member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 gzip members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip header larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input ends inside the header of gzip member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input ends inside gzip member %1 (started at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt deflate data in gzip member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decompressed size exceeds the limit of %1 bytes (gzip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression ratio above %1:1 after %2 decompressed bytes (gzip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input ends inside the trailer of gzip member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC mismatch in gzip member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length mismatch in gzip member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipWriter</name>
    <message>
        <source>gzip stream is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::GzipWriter::Impl</name>
    <message>
        <source>deflate failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexBuilder</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .apk files in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key name (like name.rsa.pub) is needed to sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexCache</name>
    <message>
        <source>cannot store the index in the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the cached copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexFetchJob</name>
    <message>
        <source>working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: showing the copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the cached copy was kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this repository served a trusted index before and now serves one that is not (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::IndexStreamConsumer</name>
    <message>
        <source>the signature part of the index is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no APKINDEX in the index archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index archive entry &apos;%1&apos; points outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds a .PKGINFO: this is a package, not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APKINDEX stored under another path: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the index archive is a %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the index archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION of %1 bytes is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APKINDEX of %1 bytes is larger than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::Jwt</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 parts separated by dots instead of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is unsigned (algorithm &quot;none&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired at %1. Get a new token before uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires at %1, in less than %2 seconds: the upload could be refused midway. Get a new token before uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid before %1 (check this computer&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::KeyRing</name>
    <message>
        <source>no key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit RSA key: weak, and refused for signing; generate a 4096-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable by other users; the imported copy is 0600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the key folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is already in the key folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key with this file name is already in the key folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public half of this key is not available (unlock the private key first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry has no private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::Linter</name>
    <message>
        <source>CRLF line ends: abuild stops at the first blank line (&quot;\r: not found&quot;) and every value ends in \r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated statically: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be expanded statically: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;# Maintainer: Name &lt;email&gt;&apos; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one maintainer line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing package() function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkgdesc is longer than 127 bytes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkgdesc is not a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be &apos;%1s&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkgrel &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkgver is assigned more than once; the last assignment wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing split function %1() for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate (sub-)package named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown install script suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install script %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: triggers must contain &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate found in $source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is fetched over plain http: use https where upstream offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is fetched over unencrypted ftp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 needs to be renamed (&apos;name::url&apos;) to avoid collisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local source %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated: run checksum to write sha512sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no sha512sums for %n source(s): run checksum</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checksums for %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a checksum but is not in $source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sha512 hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing in checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksums are not in the order of $source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builddir has the default value and can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned an empty value and can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing whitespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ListingJob</name>
    <message>
        <source>expected an HTML directory listing, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::LoadedIndex</name>
    <message>
        <source>Signed by %1 (trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, but by no trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1, which is not a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD signature by %1: the index was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::MultipartBody</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkAccess</name>
    <message>
        <source>no PEM certificate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no TLS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file for this server holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs with a user name or password are refused (they end up in logs and histories); use a token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a local file URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme &apos;%1&apos; (use http, https or file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::NetworkJob</name>
    <message>
        <source>the server sent the body with Content-Encoding &apos;%1&apos; although only &apos;identity&apos; was accepted; refusing transformed bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a valid Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects (a redirect loop?), last to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect from https to plain http (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the %1 request to %2; use that address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1 bytes but Content-Length said %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (if this server uses its own certificate authority, add its CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not complete within %1 s (after %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageCreator</name>
    <message>
        <source>invalid package name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid package version &apos;%1&apos; (expected e.g. 1.2.3-r0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid architecture &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata values must be single lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid list item &apos;%1&apos; (no spaces or newlines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown install script &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install script &apos;%1&apos; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger script needs trigger folders and the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package tree is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageFetchJob</name>
    <message>
        <source>&apos;%1&apos; is not a safe file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index checksum to check %1 against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes but the index says %2; it was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable package (%1); it was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its control checksum %1 differs from the index&apos;s C:%2; it was not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageLayout</name>
    <message>
        <source>no control or data member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.PKGINFO has no datahash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data does not match datahash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while reading it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageProbe</name>
    <message>
        <source>No such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageReader</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magic %1, compression %2: use apk-tools 3 to verify it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageScan</name>
    <message>
        <source>extra gzip member after the data member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tar entry crosses the end of gzip member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first entry is &apos;%1&apos;, not .PKGINFO or a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data entry &apos;%1&apos; inside the control member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .PKGINFO found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends after the signature, before the control member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control member has no .PKGINFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends after the control member: no data member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datahash %1, data member SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe entry path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the %1 tar (gzip member %2, uncompressed offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two .PKGINFO entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.PKGINFO of %1 bytes is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package without datahash (pre-2.0 format) is not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control member is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageUploader</name>
    <message>
        <source>No package to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload did not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PackageVerdict</name>
    <message>
        <source> at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: signed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted: no usable signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted: signed by %1, which is not a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned: the package carries no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD signature: the signature by %1 (%2) does not match the control data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity error: the data does not match the signed datahash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity error: the content of %1 does not match its recorded SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: a safety limit was exceeded%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an apk package%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk-tools 3 (ADB) package%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::Parser</name>
    <message>
        <source>the index text is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in the index text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line of %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field line &apos;X:value&apos;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; of %3: is not a number in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record without a package name (P:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record without a version (V:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record without a checksum (C:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: C: &quot;%2&quot; is not Q1/Q2 followed by the base64 of a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 appears twice with different checksums (C:), first at line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2-%3 repeats the record at line %4; the copy is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more repeated records ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PkgInfo</name>
    <message>
        <source>.PKGINFO is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO contains a NUL byte (binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of .PKGINFO is not valid UTF-8 (binary data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PrivateKey</name>
    <message>
        <source>this is a public key; signing needs the private key (the file without .pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PEM private key is cut short (no END line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key cannot be read (damaged or truncated PEM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSA key (%1): Alpine signatures need RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to generate a %1-bit RSA key: use at least %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits is more than Apkdesk supports (16384)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::PublicKey</name>
    <message>
        <source>empty file, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a private key, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an X.509 certificate, not a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM file (no -----BEGIN line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 public key; apk signatures need RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable RSA public key (damaged or unknown PEM block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 MiB, not a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature is %1 bytes; a %2-bit key makes %3-byte signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a verification context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKey</name>
    <message>
        <source>The registry&apos;s key is not a usable public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::RegistryKeyFetcher</name>
    <message>
        <source>Fetching the registry&apos;s key failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoriesFile</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;@%1&apos; is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag without a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one repository URL, found %1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::RepositoryLocation</name>
    <message>
        <source>a repository URL cannot have a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL ending in &lt;version&gt;/&lt;repository&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2/%3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::RequestJob</name>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::SecretStore</name>
    <message>
        <source>no secret stored under this name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ServerProfile</name>
    <message>
        <source>Unknown server kind &quot;%1&quot;: use reposerve or gitea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address for %1 contains a user name or password. Remove them: the token is kept in the keychain and sent in a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gitea/Forgejo profile needs the user name that owns the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http: the token would travel unencrypted. Use https, or allow plain http explicitly for this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::SignatureMember</name>
    <message>
        <source>invalid public key name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to sign with a %1-bit RSA key: it is too weak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::SignedFileLayout</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an apk-tools 3 (ADB) file; Apkdesk signs v2 packages and indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Alpine package or index (not gzip data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign a damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Alpine package or index: nothing but signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a v2 package: expected a control and a data member after the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Alpine package or index (no .PKGINFO or APKINDEX where the content starts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::TarStreamParser</name>
    <message>
        <source>tar ends after an extended header, before its entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar ends inside a header block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar ends inside an extended header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar ends inside the content of &apos;%1&apos; (%2 bytes missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar ends inside block padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of archive right after an extended header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after the tar end-of-archive marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone zero block inside the tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tar header (no ustar magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable tar header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar header checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid size field in tar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar extended header of %1 bytes exceeds the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed pax record (no length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed pax record (bad length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed pax record (no newline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed pax record (no keyword)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 tar entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid numeric field in tar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pax size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar entry &apos;%1&apos; claims %2 bytes, above the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::TarWriter</name>
    <message>
        <source>invalid tar entry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large or timestamp out of range for a tar header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content size does not match the entry size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file changed or could not be read while archiving: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadErrors</name>
    <message>
        <source>Server said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received no token. Set a token for this server and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token because it has expired. Get a new token (CI job tokens live only as long as the job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not verify the token&apos;s signature: it was not issued by the identity provider this server trusts, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with key &quot;%1&quot;, which the server does not know. The token comes from another identity provider, or the provider changed its keys and the server has not picked them up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts tokens that carry the claim &quot;%1&quot;, and this token has none. Use a token issued for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;. Use a token issued for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts tokens whose claim &quot;%1&quot; is &quot;%2&quot;, but this token says &quot;%3&quot;. Use a token issued for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry rejected the package as invalid (name, version, branch, repository or architecture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept the user name and token. Check both, and that the token has the package write scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the upload: the package quota is used up, or this user may not publish for this owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the token but does not allow it to upload here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry was not found: check the server address and the package owner, and that packages are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no upload endpoint at this address: check the server address, or the server has uploads (jwt) disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package file already exists in the registry. Delete it there first or bump the package release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the upload as too large (HTTP 413): raise the body size limit of the server or its reverse proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is rate limiting uploads (HTTP 429): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the upload (HTTP %1). The package may or may not have been stored: the index check will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the upload (HTTP %1). Apkdesk does not send a token on to another address: use the final address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadHistory</name>
    <message>
        <source>The upload history is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadPlan</name>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1. Trust the signing key first, or allow untrusted packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the package has no name, version or checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the package is built for %1, the target is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the same package (%1) is already in this upload for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadSession</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent after the earlier refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n package(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s index for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the server&apos;s index with the same checksum (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not uploaded or not confirmed. First: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s) confirmed by the server&apos;s index</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::UploadVerifier</name>
    <message>
        <source>The server accepted the upload, but its index could not be downloaded to confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s index after the upload is not a valid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trust the registry&apos;s key (it is offered from the server) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the server&apos;s public key to the trusted keys, or the server failed to sign its new index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s index is not trustworthy: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s index: the server stored the upload but its re-indexing failed, or the package went to another repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index lists %1 with checksum %2, but the uploaded file has %3: the server kept another build, or re-indexing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded package(s) are not confirmed by the server&apos;s index.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apkdesk::VersionBump</name>
    <message>
        <source>&apos;%1&apos; is not a valid apk version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: pkgrel &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::cli</name>
    <message>
        <source>only the public half of %1 is here; signing needs the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is readable by other users (chmod 600 it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::cli::CliPassphrase</name>
    <message>
        <source>Read the key passphrase from environment variable VAR (never pass it as an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key passphrase from file descriptor N (first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 (named by --passphrase-env) is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase from file descriptor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase is needed: use --passphrase-env VAR or --passphrase-fd N (no terminal to ask on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment inside arithmetic is not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; in arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;)&apos; in arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic expression ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic variables nest too deeply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Expander</name>
    <message>
        <source> at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command substitution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backquoted command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic on a variable that is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses %1, which is not known (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1%2} stops the shell when %1 is unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substring bounds are not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported expansion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Interpreter</name>
    <message>
        <source>nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs only if &apos;%1&apos; succeeds or fails, which cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned inside a %1 loop at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heredoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned in an &apos;if&apos; whose condition cannot be evaluated (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; on a value that is not known (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned in a &apos;case&apos; branch whose pattern is not known (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned in a &apos;for&apos; loop over values that are not known (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcing another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function call %1 (variables it sets are not evaluated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test on a value that is not known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test that cannot be evaluated statically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::shell::Parser</name>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here-document delimited by &apos;%1&apos; is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; opened here has no matching &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; in the definition of function &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a case pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after a case pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;case&apos; opened here has no matching &apos;esac&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;for&apos; needs a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; opened here has no matching &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirection without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated backquote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated command substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated arithmetic expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated parameter expansion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui</name>
    <message>
        <source>(conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a local repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, shown in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional PEM file, for servers with a private CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the root of a repository tree. Its versions, repositories and architectures are read from the server&apos;s directory listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an http://, https:// or file:// URL, or a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http: indexes are still checked against your trusted keys, but the transfer itself is not private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::BrowserView</name>
    <message>
        <source>No repository open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether the index changed (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an APKINDEX.tar.gz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected packages, check them against the index, and open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample repository was not built: %1 does not exist (build the apkdesk_sample_repo target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &lt;version&gt;/&lt;repository&gt;/&lt;arch&gt;/APKINDEX.tar.gz in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse Untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Its packages are not shown unless you choose to browse it anyway; Apkdesk keeps any earlier trusted copy in its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing vouches for what this index says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The index could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline:&lt;/b&gt; showing the copy cached %1. The server could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are browsing an index that is not vouched for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages can be downloaded from a repository, not from an index file opened on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Packages To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APKINDEX (APKINDEX*.tar.gz *.tar.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::DownloadPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no complete control section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>apkdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageDetailsView</name>
    <message>
        <source>Index made %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a package to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a repository on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed automatically when all are installed (install_if)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls in through install_if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageFilterBar</name>
    <message>
        <source>Search names, descriptions and provides (so:, cmd:, pc:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All maintainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every package again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::PackageTableModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::RepositoryLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerSidebar</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server by URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import /etc/apk/repositories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the selected folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk repositories (repositories);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines of %1 were not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no repository that is not already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::ServerTreeModel</name>
    <message>
        <source>%1 (listing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Could not list this folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing found in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apkdesk::ui::SignatureBadge</name>
    <message>
        <source>Trusted: signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted: signed by %1, a key you do not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: nobody vouches for this index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad signature: the signature by %1 does not match the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing anyway, as you chose: nothing here is vouched for.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>cli::verify</name>
    <message>
        <source>Verify .apk packages&apos; signatures and integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package files (.apk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no package given</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
