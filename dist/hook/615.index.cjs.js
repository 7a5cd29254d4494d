"use strict";
exports.id = 615;
exports.ids = [615];
exports.modules = {

/***/ 4615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readName: () => (/* binding */ readName)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

// Its own module, loaded only for front matter the shortcut in front-matter.ts cannot read: the
// hooks pay for every module they load, and the library's types never name the YAML package.
/** `name:` from front matter text; lines counted from 1 within that text. */
function readName(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        const at = error.linePos?.[0];
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
        return { problem: `front matter is not valid YAML: ${reason}`, ...(at ? { line: at.line, column: at.col } : {}) };
    }
    if (doc.contents === null)
        return {};
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(doc.contents))
        return { problem: 'front matter is not a map of fields (name:, description:, …)', line: 1, column: 1 };
    const node = doc.contents.get('name', true);
    if (node === undefined)
        return {};
    const place = node.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) ? node.value : undefined;
    if (typeof value === 'string' && value.trim() !== '')
        return { name: value.trim(), line: place.line };
    return { problem: '"name:" must be a non-empty text', line: place.line, column: place.col };
}


/***/ })

};
;