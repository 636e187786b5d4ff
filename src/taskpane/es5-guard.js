/*
 * The ES5 guard of taskpane.html, inlined before the pane's bundle. It must parse and run on the IE11 and EdgeHTML
 * webviews of volume-licensed Office 2016/2019, where the bundle can't: so ES5 only (lint parses it as ES5).
 * It shows a static message in place of the pane on those webviews, below ExcelApi 1.9, or when office.js failed
 * to load (a blocked CDN, or the page opened outside Office).
 */
(function () {
  function show(id) {
    document.getElementById('root').style.display = 'none';
    document.getElementById(id).style.display = 'block';
  }
  var oldWebview =
    /Trident\/|MSIE |Edge\/\d/.test(navigator.userAgent) ||
    typeof Promise === 'undefined' ||
    typeof Proxy === 'undefined' ||
    typeof Symbol === 'undefined';
  if (oldWebview) return show('unsupported');
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return show('no-office');
  Office.onReady(function (info) {
    if (!info || !info.host) return show('no-office');
    var requirements = Office.context && Office.context.requirements;
    if (!requirements || !requirements.isSetSupported('ExcelApi', '1.9')) show('unsupported');
  });
})();
