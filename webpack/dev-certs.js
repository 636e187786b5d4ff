// `npm start`, first step: makes sure the development certificates for https://localhost:3000 exist and are trusted
// (office-addin-dev-certs). Office loads add-ins only over https. Where the certificates were made but no
// certificate store can take them (a container, a locked-down PC), the pane is still served, with one Chinese line
// saying that Office will not trust it until they are installed; where they could not even be made, it stops.
'use strict';
const fs = require('node:fs');
const devCerts = require('office-addin-dev-certs');
const { localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');

devCerts.ensureCertificatesAreInstalled().then(
  () => undefined,
  (error) => {
    const detail = String((error && error.message) || error).split('\n')[0];
    const made = fs.existsSync(localhostCertificatePath) && fs.existsSync(localhostKeyPath);
    console.error(
      made
        ? `开发证书已生成但无法安装到本机证书存储（${detail}），窗格照常提供，但 Excel 在证书受信任前不会加载它：请以普通用户运行 npx office-addin-dev-certs install。`
        : `无法生成本机开发证书（${detail}）：请在有证书存储的电脑上以普通用户运行 npx office-addin-dev-certs install 后重试 npm start。`,
    );
    if (!made) process.exit(1);
  },
);
