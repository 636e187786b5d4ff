// `npm start`, first step: makes sure the development certificates for https://localhost:3000 exist and are trusted
// (office-addin-dev-certs). Office loads add-ins only over https. Where no certificate store can take them (a
// container, a locked-down PC), it says so in one Chinese line and stops, instead of a stack trace.
'use strict';
const devCerts = require('office-addin-dev-certs');

devCerts.ensureCertificatesAreInstalled().then(
  () => undefined,
  (error) => {
    const detail = String((error && error.message) || error).split('\n')[0];
    console.error(
      `无法生成或安装本机开发证书（${detail}）：请在有证书存储的电脑上以普通用户运行 npx office-addin-dev-certs install 后重试 npm start。`,
    );
    process.exit(1);
  },
);
