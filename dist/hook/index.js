import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3842:
/***/ ((module) => {

/* jshint esversion: 6 */
/* jslint node: true */


module.exports = function serialize (object) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (object.toJSON instanceof Function) {
    return serialize(object.toJSON());
  }

  if (Array.isArray(object)) {
    const values = object.reduce((t, cv, ci) => {
      const comma = ci === 0 ? '' : ',';
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return `${t}${comma}${serialize(value)}`;
    }, '');
    return `[${values}]`;
  }

  const values = Object.keys(object).sort().reduce((t, cv) => {
    if (object[cv] === undefined ||
        typeof object[cv] === 'symbol') {
      return t;
    }
    const comma = t.length === 0 ? '' : ',';
    return `${t}${comma}${serialize(cv)}:${serialize(object[cv])}`;
  }, '');
  return `{${values}}`;
};


/***/ }),

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 7336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 1120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ hookRunCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/create/create.js + 3 modules
var create = __nccwpck_require__(4373);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __nccwpck_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __nccwpck_require__(3044);
// EXTERNAL MODULE: ./lib/core/diff/values.js
var diff_values = __nccwpck_require__(793);
;// CONCATENATED MODULE: ./lib/core/diff/apply.js



const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;
function segmentsOf(pointer, fail) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        fail(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer.slice(1).split('/').map(json/* unescapePointerSegment */.J5);
}
function setOwn(object, key, value) {
    // defineProperty, not assignment: a `__proto__` key must stay data, not change the prototype.
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
/**
 * Strict RFC 6902 application, returning a new document (the input is not modified). It is
 * the differ's own check that a generated patch reproduces its target.
 */
function applyJsonPatch(document, patch) {
    let root = (0,diff_values/* cloneJson */.Y7)(document);
    for (const operation of patch) {
        const fail = (reason) => {
            throw new errors/* PatchApplyError */.$0(operation, reason);
        };
        const resolve = (pointer) => {
            let node = root;
            for (const segment of segmentsOf(pointer, fail)) {
                if (Array.isArray(node)) {
                    if (!ARRAY_INDEX.test(segment) || Number(segment) >= node.length)
                        fail(`no index ${segment} in ${pointer}`);
                    node = node[Number(segment)];
                }
                else if ((0,diff_values/* isPlainObject */.Qd)(node)) {
                    if (!(0,diff_values/* hasOwn */.$3)(node, segment))
                        fail(`no member ${JSON.stringify(segment)} in ${pointer}`);
                    node = node[segment];
                }
                else
                    fail(`${pointer} goes through a scalar`);
            }
            return node;
        };
        const parentOf = (pointer) => {
            const segments = segmentsOf(pointer, fail);
            const last = segments.pop();
            const parentPointer = segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(s)}`).join('');
            return { parent: resolve(parentPointer), last };
        };
        const add = (pointer, value) => {
            if (pointer === '') {
                root = value;
                return;
            }
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent)) {
                if (last === '-')
                    parent.push(value);
                else if (ARRAY_INDEX.test(last) && Number(last) <= parent.length)
                    parent.splice(Number(last), 0, value);
                else
                    fail(`index ${last} out of range`);
            }
            else if ((0,diff_values/* isPlainObject */.Qd)(parent))
                setOwn(parent, last, value);
            else
                fail('parent is not a container');
        };
        const remove = (pointer) => {
            if (pointer === '')
                return fail('cannot remove the whole document');
            const value = resolve(pointer);
            const { parent, last } = parentOf(pointer);
            if (Array.isArray(parent))
                parent.splice(Number(last), 1);
            else
                delete parent[last];
            return value;
        };
        switch (operation.op) {
            case 'add':
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(operation.value));
                break;
            case 'remove':
                remove(operation.path);
                break;
            case 'replace':
                resolve(operation.path);
                if (operation.path === '')
                    root = (0,diff_values/* cloneJson */.Y7)(operation.value);
                else {
                    const { parent, last } = parentOf(operation.path);
                    if (Array.isArray(parent))
                        parent[Number(last)] = (0,diff_values/* cloneJson */.Y7)(operation.value);
                    else
                        setOwn(parent, last, (0,diff_values/* cloneJson */.Y7)(operation.value));
                }
                break;
            case 'move':
                if (operation.path.startsWith(`${operation.from}/`))
                    fail('cannot move a value into itself');
                if (operation.from !== operation.path)
                    add(operation.path, remove(operation.from));
                else
                    resolve(operation.from);
                break;
            case 'copy':
                add(operation.path, (0,diff_values/* cloneJson */.Y7)(resolve(operation.from)));
                break;
            case 'test':
                if (!(0,diff_values/* deepEqual */.bD)(resolve(operation.path), operation.value))
                    fail('test failed');
                break;
            default:
                fail(`unknown operation ${JSON.stringify(operation.op)}`);
        }
    }
    return root;
}

// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __nccwpck_require__(5637);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __nccwpck_require__(4679);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __nccwpck_require__(7990);
;// CONCATENATED MODULE: ./lib/core/diff/words.js
/**
 * Kind words for entities: `teams` → "Team", `delegation_rules` → "Delegation rule",
 * members identified by `agent` → "Agent".
 */
// Identity fields that say nothing about what the item is; the container's name is better then.
const GENERIC_IDENTITY_FIELDS = new Set(['id', 'name', 'key', 'uuid', 'slug', 'title']);
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_.-]+/)
        .filter((w) => w !== '')
        .map((w) => w.toLowerCase());
}
function capitalized(list) {
    const text = list.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function singularWord(word) {
    if (/[^aeiou]ies$/.test(word))
        return `${word.slice(0, -3)}y`;
    if (/(ss|[^s]us|is)$/.test(word))
        return word;
    if (/(sses|ches|shes|xes|zes)$/.test(word))
        return word.slice(0, -2);
    if (word.endsWith('s') && word.length > 1)
        return word.slice(0, -1);
    return word;
}
function pluralWord(word) {
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    return `${word}s`;
}
function singularKind(key, fallback) {
    const list = key === null ? [] : words(key);
    const last = list.pop();
    if (last === undefined || /^\d+$/.test(last))
        return fallback;
    return capitalized([...list, singularWord(last)]);
}
/** Kind of the values of a keyed map, from the map's own key. */
function kindForMap(containerKey) {
    return singularKind(containerKey, 'Entry');
}
/** Kind of identified array items: a telling identity field wins over the array's key. */
function kindForArray(containerKey, identityField) {
    if (!GENERIC_IDENTITY_FIELDS.has(identityField.toLowerCase()))
        return singularKind(identityField, 'Item');
    return singularKind(containerKey, 'Item');
}
/** "agents", "delegation rules": the kind in lower case, plural. */
function pluralKind(kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return [...list, pluralWord(last)].join(' ');
}
/** "1 team", "11 agents", "2 delegation rules". */
function countKind(count, kind) {
    const list = words(kind);
    const last = list.pop() ?? 'item';
    return `${count} ${[...list, count === 1 ? last : pluralWord(last)].join(' ')}`;
}

;// CONCATENATED MODULE: ./lib/core/diff/entities.js



/**
 * Changes between two JSON values as a reviewer names them: entities added, removed,
 * renamed, modified or reordered, and plain fields by pointer.
 */
function semanticChanges(from, to, options) {
    const walker = new ChangeWalker(options);
    walker.value(from, to, { from: '', to: '' }, options.rootKey, null);
    return walker.changes;
}
/**
 * A keyed map is a collection of entities when every value on both sides is an object:
 * `teams: {engineering: {…}}` is, `settings: {max: 5}` and `review_requirements: {code: […]}` are not.
 */
function isEntityMap(a, b) {
    const values = [...Object.values(a), ...Object.values(b)];
    return values.length > 0 && values.every(diff_values/* isPlainObject */.Qd);
}
function isIdentity(value) {
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
/** The first identity field that every item on both sides has, unique within each side. */
function identityFieldOf(a, b, fields) {
    const items = [...a, ...b];
    if (items.length === 0 || !items.every(diff_values/* isPlainObject */.Qd))
        return undefined;
    const uniqueOn = (list, field) => new Set(list.map((item) => String(item[field]))).size === list.length;
    return fields.find((field) => items.every((item) => (0,diff_values/* hasOwn */.$3)(item, field) && isIdentity(item[field])) &&
        uniqueOn(a, field) &&
        uniqueOn(b, field));
}
/**
 * Pairs removed and added ids whose content (as given by `contentOf*`) is identical: those
 * are renames. Pairing is one-to-one, first come first served, in the order of `added`.
 */
function pairRenames(removed, added, contentOfRemoved, contentOfAdded) {
    const candidates = new Map();
    for (const id of removed) {
        const content = contentOfRemoved(id);
        candidates.set(content, [...(candidates.get(content) ?? []), id]);
    }
    const renames = new Map();
    for (const id of added) {
        const old = candidates.get(contentOfAdded(id))?.shift();
        if (old !== undefined)
            renames.set(old, id);
    }
    return renames;
}
function inverse(map) {
    return new Map([...map].map(([k, v]) => [v, k]));
}
function child(at, fromSegment, toSegment = fromSegment) {
    return { from: (0,diff_values/* childPointer */.Y2)(at.from, fromSegment), to: (0,diff_values/* childPointer */.Y2)(at.to, toSegment) };
}
class ChangeWalker {
    options;
    changes = [];
    constructor(options) {
        this.options = options;
    }
    value(a, b, at, key, owner) {
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b)) {
            // The root object is a record of sections (`teams`, `version`), never itself a collection.
            if (at.to !== '' && isEntityMap(a, b))
                this.entityMap(a, b, at, kindForMap(key));
            else
                this.fields(a, b, at, owner);
        }
        else if (Array.isArray(a) && Array.isArray(b)) {
            this.array(a, b, at, key, owner);
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    fields(a, b, at, owner) {
        // `{name: "API_TOKEN", value: "…"}`: the value is a secret although its key is just "value".
        const pair = (0,redact/* secretPairField */.VL)(a, this.options.secretKeys) ?? (0,redact/* secretPairField */.VL)(b, this.options.secretKeys);
        if (pair !== undefined && (0,diff_values/* hasOwn */.$3)(a, pair) && (0,diff_values/* hasOwn */.$3)(b, pair) && !(0,diff_values/* deepEqual */.bD)(a[pair], b[pair])) {
            this.plain(owner, { change: 'value', pointer: child(at, pair).to, from: redact/* REDACTED */.XF, to: redact/* REDACTED */.XF });
            a = (0,diff_values/* withoutKeys */.Pe)(a, (k) => k === pair);
            b = (0,diff_values/* withoutKeys */.Pe)(b, (k) => k === pair);
        }
        for (const key of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, key))
                this.value(a[key], b[key], child(at, key), key, owner);
            else
                this.plain(owner, { change: 'value', pointer: child(at, key).to, from: a[key] });
        }
        for (const key of Object.keys(b)) {
            if (!(0,diff_values/* hasOwn */.$3)(a, key))
                this.plain(owner, { change: 'value', pointer: child(at, key).to, to: b[key] });
        }
    }
    entityMap(a, b, at, kind) {
        const removed = Object.keys(a).filter((k) => !(0,diff_values/* hasOwn */.$3)(b, k));
        const added = Object.keys(b).filter((k) => !(0,diff_values/* hasOwn */.$3)(a, k));
        // A value that repeats its own key in an identity field (`"x": {"id": "x"}`) renames both.
        const content = (side) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[id], (field) => {
            // Only strings and numbers are ids: String() on an object whose own `toString` is data throws.
            const value = side[id][field];
            return this.options.identityFields.includes(field) && isIdentity(value) && String(value) === id;
        }));
        const renamedTo = pairRenames(removed, added, content(a), content(b));
        const renamedFrom = inverse(renamedTo);
        for (const id of Object.keys(a)) {
            if ((0,diff_values/* hasOwn */.$3)(b, id))
                this.entity(a[id], b[id], child(at, id), kind, id);
            else if (!renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, id).from });
        }
        for (const id of added) {
            const pointer = child(at, id).to;
            const old = renamedFrom.get(id);
            if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer });
        }
    }
    array(a, b, at, key, owner) {
        const field = identityFieldOf(a, b, this.options.identityFields);
        if (field !== undefined) {
            this.entityArray(a, b, at, kindForArray(key, field), field);
            return;
        }
        const sorted = (list) => list.map(diff_values/* canonicalJson */.dj).sort().join(',');
        if (a.length === b.length && sorted(a) === sorted(b)) {
            this.plain(owner, { change: 'reordered', pointer: at.to, from: a, to: b });
        }
        else if (a.length === b.length && [...a, ...b].some(diff_values/* isContainer */.u_)) {
            // Same length, structured items: most likely edited in place, so compare position by position.
            // An item alone does not show that the one before it is `--api-key`: that is checked here.
            a.forEach((item, i) => {
                if (i > 0 &&
                    !(0,diff_values/* deepEqual */.bD)(item, b[i]) &&
                    ((0,redact/* isSecretFlag */.ZT)(a[i - 1], this.options.secretKeys) || (0,redact/* isSecretFlag */.ZT)(b[i - 1], this.options.secretKeys))) {
                    this.plain(owner, { change: 'value', pointer: child(at, i).to, from: redact/* REDACTED */.XF, to: redact/* REDACTED */.XF });
                }
                else
                    this.value(item, b[i], child(at, i), key, owner);
            });
        }
        else {
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
        }
    }
    entityArray(a, b, at, kind, field) {
        const idOf = (item) => String(item[field]);
        const indexA = new Map(a.map((item, i) => [idOf(item), i]));
        const indexB = new Map(b.map((item, i) => [idOf(item), i]));
        const content = (side, index) => (id) => (0,diff_values/* canonicalJson */.dj)((0,diff_values/* withoutKeys */.Pe)(side[index.get(id)], (k) => k === field));
        const removed = [...indexA.keys()].filter((id) => !indexB.has(id));
        const added = [...indexB.keys()].filter((id) => !indexA.has(id));
        const renamedTo = pairRenames(removed, added, content(a, indexA), content(b, indexB));
        const renamedFrom = inverse(renamedTo);
        // Only items present on both sides can be out of order; additions and removals are not reorders.
        const orderBefore = a.map((item) => renamedTo.get(idOf(item)) ?? idOf(item)).filter((id) => indexB.has(id));
        const orderAfter = b.map(idOf).filter((id) => indexA.has(id) || renamedFrom.has(id));
        if (orderBefore.join('\u0000') !== orderAfter.join('\u0000')) {
            this.entityChange({ kind, id: null, change: 'reordered', pointer: at.to, from: orderBefore, to: orderAfter });
        }
        b.forEach((item, j) => {
            const id = idOf(item);
            const i = indexA.get(id);
            const old = renamedFrom.get(id);
            if (i !== undefined)
                this.entity(a[i], item, child(at, i, j), kind, id);
            else if (old !== undefined)
                this.entityChange({ kind, id, change: 'renamed', pointer: child(at, j).to, from: old, to: id });
            else
                this.entityChange({ kind, id, change: 'added', pointer: child(at, j).to });
        });
        a.forEach((item, i) => {
            const id = idOf(item);
            if (!indexB.has(id) && !renamedTo.has(id))
                this.entityChange({ kind, id, change: 'removed', pointer: child(at, i).from });
        });
    }
    /** An entity present on both sides: its own fields are compared, with it as their owner. */
    entity(a, b, at, kind, id) {
        if ((0,diff_values/* deepEqual */.bD)(a, b))
            return;
        const owner = { kind, id, pointer: at.to, announced: false };
        if ((0,diff_values/* isPlainObject */.Qd)(a) && (0,diff_values/* isPlainObject */.Qd)(b))
            this.fields(a, b, at, owner);
        else
            this.plain(owner, { change: 'value', pointer: at.to, from: a, to: b });
    }
    entityChange(change) {
        const shown = { ...change };
        if ('from' in change)
            shown.from = (0,redact/* redactAt */.Nq)(change.pointer, change.from, this.options.secretKeys);
        if ('to' in change)
            shown.to = (0,redact/* redactAt */.Nq)(change.pointer, change.to, this.options.secretKeys);
        this.changes.push(shown);
    }
    /** A change to a plain field; the first one inside an entity also reports the entity as modified. */
    plain(owner, change) {
        if (owner && !owner.announced) {
            owner.announced = true;
            this.changes.push({ kind: owner.kind, id: owner.id, change: 'modified', pointer: owner.pointer });
        }
        this.entityChange({ kind: owner?.kind ?? null, id: owner?.id ?? null, ...change });
    }
}

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/clone.js
function cloneRegExp(re) {
    var _a;
    const regexMatch = /^\/(.*)\/([gimyu]*)$/.exec(re.toString());
    if (!regexMatch) {
        throw new Error("Invalid RegExp");
    }
    return new RegExp((_a = regexMatch[1]) !== null && _a !== void 0 ? _a : "", regexMatch[2]);
}
function clone_clone(arg) {
    if (typeof arg !== "object") {
        return arg;
    }
    if (arg === null) {
        return null;
    }
    if (Array.isArray(arg)) {
        return arg.map(clone_clone);
    }
    if (arg instanceof Date) {
        return new Date(arg.getTime());
    }
    if (arg instanceof RegExp) {
        return cloneRegExp(arg);
    }
    const cloned = {};
    for (const name in arg) {
        if (Object.prototype.hasOwnProperty.call(arg, name)) {
            const value = clone_clone(arg[name]);
            if (name === "__proto__") {
                Object.defineProperty(cloned, name, {
                    value,
                    enumerable: true,
                    configurable: true,
                    writable: true,
                });
            }
            else {
                cloned[name] = value;
            }
        }
    }
    return cloned;
}

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/assertions/arrays.js
function assertNonEmptyArray(arr, message) {
    if (arr.length === 0) {
        throw new Error(message || "Expected a non-empty array");
    }
}
function assertArrayHasExactly2(arr, message) {
    if (arr.length !== 2) {
        throw new Error(message || "Expected an array with exactly 2 items");
    }
}
function assertArrayHasExactly1(arr, message) {
    if (arr.length !== 1) {
        throw new Error(message || "Expected an array with exactly 1 item");
    }
}
function assertArrayHasAtLeast2(arr, message) {
    if (arr.length < 2) {
        throw new Error(message || "Expected an array with at least 2 items");
    }
}
function isNonEmptyArray(arr) {
    return arr.length > 0;
}
function isArrayWithAtLeast2(arr) {
    return arr.length >= 2;
}
function isArrayWithAtLeast3(arr) {
    return arr.length >= 3;
}
function isArrayWithExactly1(arr) {
    return arr.length === 1;
}
function isArrayWithExactly2(arr) {
    return arr.length === 2;
}
function isArrayWithExactly3(arr) {
    return arr.length === 3;
}
/**
 * type-safe version of `arr[arr.length - 1]`
 * @param arr a non empty array
 * @returns the last element of the array
 */
const lastNonEmpty = (arr) => arr[arr.length - 1];

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/contexts/context.js

class Context {
    setResult(result) {
        this.result = result;
        this.hasResult = true;
        return this;
    }
    exit() {
        this.exiting = true;
        return this;
    }
    push(child, name) {
        child.parent = this;
        if (typeof name !== "undefined") {
            child.childName = name;
        }
        child.root = this.root || this;
        child.options = child.options || this.options;
        if (!this.children) {
            this.children = [child];
            this.nextAfterChildren = this.next || null;
            this.next = child;
        }
        else {
            assertNonEmptyArray(this.children);
            lastNonEmpty(this.children).next = child;
            this.children.push(child);
        }
        child.next = this;
        return this;
    }
}

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/contexts/diff.js


class DiffContext extends Context {
    constructor(left, right) {
        super();
        this.left = left;
        this.right = right;
        this.pipe = "diff";
    }
    prepareDeltaResult(result) {
        var _a, _b, _c, _d;
        if (typeof result === "object") {
            if (((_a = this.options) === null || _a === void 0 ? void 0 : _a.omitRemovedValues) &&
                Array.isArray(result) &&
                result.length > 1 &&
                (result.length === 2 || // modified
                    result[2] === 0 || // deleted
                    result[2] === 3) // moved
            ) {
                // omit the left/old value (this delta will be more compact but irreversible)
                result[0] = 0;
            }
            if ((_b = this.options) === null || _b === void 0 ? void 0 : _b.cloneDiffValues) {
                const clone = typeof ((_c = this.options) === null || _c === void 0 ? void 0 : _c.cloneDiffValues) === "function"
                    ? (_d = this.options) === null || _d === void 0 ? void 0 : _d.cloneDiffValues
                    : clone_clone;
                if (typeof result[0] === "object") {
                    result[0] = clone(result[0]);
                }
                if (typeof result[1] === "object") {
                    result[1] = clone(result[1]);
                }
            }
        }
        return result;
    }
    setResult(result) {
        this.prepareDeltaResult(result);
        return super.setResult(result);
    }
}
/* harmony default export */ const diff = (DiffContext);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/contexts/patch.js

class PatchContext extends Context {
    constructor(left, delta) {
        super();
        this.left = left;
        this.delta = delta;
        this.pipe = "patch";
    }
}
/* harmony default export */ const patch = (PatchContext);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/contexts/reverse.js

class ReverseContext extends Context {
    constructor(delta) {
        super();
        this.delta = delta;
        this.pipe = "reverse";
    }
}
/* harmony default export */ const reverse = (ReverseContext);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/pipe.js
// eslint-disable-next-line @typescript-eslint/no-explicit-any
class Pipe {
    constructor(name) {
        this.name = name;
        this.filters = [];
    }
    process(input) {
        if (!this.processor) {
            throw new Error("add this pipe to a processor before using it");
        }
        const debug = this.debug;
        const length = this.filters.length;
        const context = input;
        for (let index = 0; index < length; index++) {
            const filter = this.filters[index];
            if (!filter)
                continue;
            if (debug) {
                this.log(`filter: ${filter.filterName}`);
            }
            filter(context);
            if (typeof context === "object" && context.exiting) {
                context.exiting = false;
                break;
            }
        }
        if (!context.next && this.resultCheck) {
            this.resultCheck(context);
        }
    }
    log(msg) {
        console.log(`[jsondiffpatch] ${this.name} pipe, ${msg}`);
    }
    append(...args) {
        this.filters.push(...args);
        return this;
    }
    prepend(...args) {
        this.filters.unshift(...args);
        return this;
    }
    indexOf(filterName) {
        if (!filterName) {
            throw new Error("a filter name is required");
        }
        for (let index = 0; index < this.filters.length; index++) {
            const filter = this.filters[index];
            if ((filter === null || filter === void 0 ? void 0 : filter.filterName) === filterName) {
                return index;
            }
        }
        throw new Error(`filter not found: ${filterName}`);
    }
    list() {
        return this.filters.map((f) => f.filterName);
    }
    after(filterName, ...params) {
        const index = this.indexOf(filterName);
        this.filters.splice(index + 1, 0, ...params);
        return this;
    }
    before(filterName, ...params) {
        const index = this.indexOf(filterName);
        this.filters.splice(index, 0, ...params);
        return this;
    }
    replace(filterName, ...params) {
        const index = this.indexOf(filterName);
        this.filters.splice(index, 1, ...params);
        return this;
    }
    remove(filterName) {
        const index = this.indexOf(filterName);
        this.filters.splice(index, 1);
        return this;
    }
    clear() {
        this.filters.length = 0;
        return this;
    }
    shouldHaveResult(should) {
        if (should === false) {
            this.resultCheck = null;
            return this;
        }
        if (this.resultCheck) {
            return this;
        }
        this.resultCheck = (context) => {
            if (!context.hasResult) {
                console.log(context);
                const error = new Error(`${this.name} failed`);
                error.noResult = true;
                throw error;
            }
        };
        return this;
    }
}
/* harmony default export */ const pipe = (Pipe);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/processor.js
class Processor {
    constructor(options) {
        this.selfOptions = options || {};
        this.pipes = {};
    }
    options(options) {
        if (options) {
            this.selfOptions = options;
        }
        return this.selfOptions;
    }
    pipe(name, pipeArg) {
        let pipe = pipeArg;
        if (typeof name === "string") {
            if (typeof pipe === "undefined") {
                return this.pipes[name];
            }
            this.pipes[name] = pipe;
        }
        if (name && name.name) {
            pipe = name;
            if (pipe.processor === this) {
                return pipe;
            }
            this.pipes[pipe.name] = pipe;
        }
        if (!pipe) {
            throw new Error(`pipe is not defined: ${name}`);
        }
        pipe.processor = this;
        return pipe;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    process(input, pipe) {
        let context = input;
        context.options = this.options();
        let nextPipe = pipe || input.pipe || "default";
        let lastPipe = undefined;
        while (nextPipe) {
            if (typeof context.nextAfterChildren !== "undefined") {
                // children processed and coming back to parent
                context.next = context.nextAfterChildren;
                context.nextAfterChildren = null;
            }
            if (typeof nextPipe === "string") {
                nextPipe = this.pipe(nextPipe);
            }
            nextPipe.process(context);
            lastPipe = nextPipe;
            nextPipe = null;
            if (context) {
                if (context.next) {
                    context = context.next;
                    nextPipe = context.pipe || lastPipe;
                }
            }
        }
        // eslint-disable-next-line @typescript-eslint/no-unsafe-return
        return context.hasResult ? context.result : undefined;
    }
}
/* harmony default export */ const processor = (Processor);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/lcs.js
/*

LCS implementation that supports arrays or strings

reference: http://en.wikipedia.org/wiki/Longest_common_subsequence_problem

*/
const defaultMatch = (array1, array2, index1, index2) => array1[index1] === array2[index2];
const lengthMatrix = (array1, array2, match, context) => {
    var _a, _b, _c;
    const len1 = array1.length;
    const len2 = array2.length;
    let x;
    let y;
    // initialize empty matrix of len1+1 x len2+1
    const matrix = new Array(len1 + 1);
    for (x = 0; x < len1 + 1; x++) {
        const matrixNewRow = new Array(len2 + 1);
        for (y = 0; y < len2 + 1; y++) {
            matrixNewRow[y] = 0;
        }
        matrix[x] = matrixNewRow;
    }
    matrix.match = match;
    // save sequence lengths for each coordinate
    for (x = 1; x < len1 + 1; x++) {
        const matrixRowX = matrix[x];
        if (matrixRowX === undefined) {
            throw new Error("LCS matrix row is undefined");
        }
        const matrixRowBeforeX = matrix[x - 1];
        if (matrixRowBeforeX === undefined) {
            throw new Error("LCS matrix row is undefined");
        }
        for (y = 1; y < len2 + 1; y++) {
            if (match(array1, array2, x - 1, y - 1, context)) {
                matrixRowX[y] = ((_a = matrixRowBeforeX[y - 1]) !== null && _a !== void 0 ? _a : 0) + 1;
            }
            else {
                matrixRowX[y] = Math.max((_b = matrixRowBeforeX[y]) !== null && _b !== void 0 ? _b : 0, (_c = matrixRowX[y - 1]) !== null && _c !== void 0 ? _c : 0);
            }
        }
    }
    return matrix;
};
const backtrack = (matrix, array1, array2, context) => {
    let index1 = array1.length;
    let index2 = array2.length;
    const subsequence = {
        sequence: [],
        indices1: [],
        indices2: [],
    };
    while (index1 !== 0 && index2 !== 0) {
        if (matrix.match === undefined) {
            throw new Error("LCS matrix match function is undefined");
        }
        const sameLetter = matrix.match(array1, array2, index1 - 1, index2 - 1, context);
        if (sameLetter) {
            subsequence.sequence.unshift(array1[index1 - 1]);
            subsequence.indices1.unshift(index1 - 1);
            subsequence.indices2.unshift(index2 - 1);
            --index1;
            --index2;
        }
        else {
            const matrixRowIndex1 = matrix[index1];
            if (matrixRowIndex1 === undefined) {
                throw new Error("LCS matrix row is undefined");
            }
            const valueAtMatrixAbove = matrixRowIndex1[index2 - 1];
            if (valueAtMatrixAbove === undefined) {
                throw new Error("LCS matrix value is undefined");
            }
            const matrixRowBeforeIndex1 = matrix[index1 - 1];
            if (matrixRowBeforeIndex1 === undefined) {
                throw new Error("LCS matrix row is undefined");
            }
            const valueAtMatrixLeft = matrixRowBeforeIndex1[index2];
            if (valueAtMatrixLeft === undefined) {
                throw new Error("LCS matrix value is undefined");
            }
            if (valueAtMatrixAbove > valueAtMatrixLeft) {
                --index2;
            }
            else {
                --index1;
            }
        }
    }
    return subsequence;
};
const get = (array1, array2, match, context) => {
    const innerContext = context || {};
    const matrix = lengthMatrix(array1, array2, match || defaultMatch, innerContext);
    return backtrack(matrix, array1, array2, innerContext);
};
/* harmony default export */ const lcs = ({
    get,
});

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/arrays.js




const ARRAY_MOVE = 3;
function arraysHaveMatchByRef(array1, array2, len1, len2) {
    for (let index1 = 0; index1 < len1; index1++) {
        const val1 = array1[index1];
        for (let index2 = 0; index2 < len2; index2++) {
            const val2 = array2[index2];
            if (index1 !== index2 && val1 === val2) {
                return true;
            }
        }
    }
    return false;
}
function matchItems(array1, array2, index1, index2, context) {
    const value1 = array1[index1];
    const value2 = array2[index2];
    if (value1 === value2) {
        return true;
    }
    if (typeof value1 !== "object" || typeof value2 !== "object") {
        return false;
    }
    const objectHash = context.objectHash;
    if (!objectHash) {
        // no way to match objects was provided, try match by position
        return context.matchByPosition && index1 === index2;
    }
    context.hashCache1 = context.hashCache1 || [];
    let hash1 = context.hashCache1[index1];
    if (typeof hash1 === "undefined") {
        context.hashCache1[index1] = hash1 = objectHash(value1, index1);
    }
    if (typeof hash1 === "undefined") {
        return false;
    }
    context.hashCache2 = context.hashCache2 || [];
    let hash2 = context.hashCache2[index2];
    if (typeof hash2 === "undefined") {
        context.hashCache2[index2] = hash2 = objectHash(value2, index2);
    }
    if (typeof hash2 === "undefined") {
        return false;
    }
    return hash1 === hash2;
}
const diffFilter = function arraysDiffFilter(context) {
    var _a, _b, _c, _d, _e;
    if (!context.leftIsArray) {
        return;
    }
    const matchContext = {
        objectHash: (_a = context.options) === null || _a === void 0 ? void 0 : _a.objectHash,
        matchByPosition: (_b = context.options) === null || _b === void 0 ? void 0 : _b.matchByPosition,
    };
    let commonHead = 0;
    let commonTail = 0;
    let index;
    let index1;
    let index2;
    const array1 = context.left;
    const array2 = context.right;
    const len1 = array1.length;
    const len2 = array2.length;
    let child;
    if (len1 > 0 &&
        len2 > 0 &&
        !matchContext.objectHash &&
        typeof matchContext.matchByPosition !== "boolean") {
        matchContext.matchByPosition = !arraysHaveMatchByRef(array1, array2, len1, len2);
    }
    // separate common head
    while (commonHead < len1 &&
        commonHead < len2 &&
        matchItems(array1, array2, commonHead, commonHead, matchContext)) {
        index = commonHead;
        child = new diff(array1[index], array2[index]);
        context.push(child, index);
        commonHead++;
    }
    // separate common tail
    while (commonTail + commonHead < len1 &&
        commonTail + commonHead < len2 &&
        matchItems(array1, array2, len1 - 1 - commonTail, len2 - 1 - commonTail, matchContext)) {
        index1 = len1 - 1 - commonTail;
        index2 = len2 - 1 - commonTail;
        child = new diff(array1[index1], array2[index2]);
        context.push(child, index2);
        commonTail++;
    }
    let result;
    if (commonHead + commonTail === len1) {
        if (len1 === len2) {
            // arrays are identical
            context.setResult(undefined).exit();
            return;
        }
        // trivial case, a block (1 or more consecutive items) was added
        result = result || {
            _t: "a",
        };
        for (index = commonHead; index < len2 - commonTail; index++) {
            result[index] = [array2[index]];
            context.prepareDeltaResult(result[index]);
        }
        context.setResult(result).exit();
        return;
    }
    if (commonHead + commonTail === len2) {
        // trivial case, a block (1 or more consecutive items) was removed
        result = result || {
            _t: "a",
        };
        for (index = commonHead; index < len1 - commonTail; index++) {
            const key = `_${index}`;
            result[key] = [array1[index], 0, 0];
            context.prepareDeltaResult(result[key]);
        }
        context.setResult(result).exit();
        return;
    }
    // reset hash cache
    matchContext.hashCache1 = undefined;
    matchContext.hashCache2 = undefined;
    // diff is not trivial, find the LCS (Longest Common Subsequence)
    const trimmed1 = array1.slice(commonHead, len1 - commonTail);
    const trimmed2 = array2.slice(commonHead, len2 - commonTail);
    const seq = lcs.get(trimmed1, trimmed2, matchItems, matchContext);
    const removedItems = [];
    result = result || {
        _t: "a",
    };
    for (index = commonHead; index < len1 - commonTail; index++) {
        if (seq.indices1.indexOf(index - commonHead) < 0) {
            // removed
            const key = `_${index}`;
            result[key] = [array1[index], 0, 0];
            context.prepareDeltaResult(result[key]);
            removedItems.push(index);
        }
    }
    let detectMove = true;
    if (((_c = context.options) === null || _c === void 0 ? void 0 : _c.arrays) && context.options.arrays.detectMove === false) {
        detectMove = false;
    }
    let includeValueOnMove = false;
    if ((_e = (_d = context.options) === null || _d === void 0 ? void 0 : _d.arrays) === null || _e === void 0 ? void 0 : _e.includeValueOnMove) {
        includeValueOnMove = true;
    }
    const removedItemsLength = removedItems.length;
    for (index = commonHead; index < len2 - commonTail; index++) {
        const indexOnArray2 = seq.indices2.indexOf(index - commonHead);
        if (indexOnArray2 < 0) {
            // added, try to match with a removed item and register as position move
            let isMove = false;
            if (detectMove && removedItemsLength > 0) {
                for (let removeItemIndex1 = 0; removeItemIndex1 < removedItemsLength; removeItemIndex1++) {
                    index1 = removedItems[removeItemIndex1];
                    const resultItem = index1 === undefined ? undefined : result[`_${index1}`];
                    if (index1 !== undefined &&
                        resultItem &&
                        matchItems(trimmed1, trimmed2, index1 - commonHead, index - commonHead, matchContext)) {
                        // store position move as: [originalValue, newPosition, ARRAY_MOVE]
                        resultItem.splice(1, 2, index, ARRAY_MOVE);
                        resultItem.splice(1, 2, index, ARRAY_MOVE);
                        if (!includeValueOnMove) {
                            // don't include moved value on diff, to save bytes
                            resultItem[0] = "";
                        }
                        index2 = index;
                        child = new diff(array1[index1], array2[index2]);
                        context.push(child, index2);
                        removedItems.splice(removeItemIndex1, 1);
                        isMove = true;
                        break;
                    }
                }
            }
            if (!isMove) {
                // added
                result[index] = [array2[index]];
                context.prepareDeltaResult(result[index]);
            }
        }
        else {
            // match, do inner diff
            if (seq.indices1[indexOnArray2] === undefined) {
                throw new Error(`Invalid indexOnArray2: ${indexOnArray2}, seq.indices1: ${seq.indices1}`);
            }
            index1 = seq.indices1[indexOnArray2] + commonHead;
            if (seq.indices2[indexOnArray2] === undefined) {
                throw new Error(`Invalid indexOnArray2: ${indexOnArray2}, seq.indices2: ${seq.indices2}`);
            }
            index2 = seq.indices2[indexOnArray2] + commonHead;
            child = new diff(array1[index1], array2[index2]);
            context.push(child, index2);
        }
    }
    context.setResult(result).exit();
};
diffFilter.filterName = "arrays";
const compare = {
    numerically(a, b) {
        return a - b;
    },
    numericallyBy(name) {
        return (a, b) => a[name] - b[name];
    },
};
const patchFilter = function nestedPatchFilter(context) {
    var _a;
    if (!context.nested) {
        return;
    }
    const nestedDelta = context.delta;
    if (nestedDelta._t !== "a") {
        return;
    }
    let index;
    let index1;
    const delta = nestedDelta;
    const array = context.left;
    // first, separate removals, insertions and modifications
    let toRemove = [];
    let toInsert = [];
    const toModify = [];
    for (index in delta) {
        if (index !== "_t") {
            if (index[0] === "_") {
                const removedOrMovedIndex = index;
                // removed item from original array
                if (delta[removedOrMovedIndex] !== undefined &&
                    (delta[removedOrMovedIndex][2] === 0 ||
                        delta[removedOrMovedIndex][2] === ARRAY_MOVE)) {
                    toRemove.push(Number.parseInt(index.slice(1), 10));
                }
                else {
                    throw new Error(`only removal or move can be applied at original array indices, invalid diff type: ${(_a = delta[removedOrMovedIndex]) === null || _a === void 0 ? void 0 : _a[2]}`);
                }
            }
            else {
                const numberIndex = index;
                if (delta[numberIndex].length === 1) {
                    // added item at new array
                    toInsert.push({
                        index: Number.parseInt(numberIndex, 10),
                        value: delta[numberIndex][0],
                    });
                }
                else {
                    // modified item at new array
                    toModify.push({
                        index: Number.parseInt(numberIndex, 10),
                        delta: delta[numberIndex],
                    });
                }
            }
        }
    }
    // remove items, in reverse order to avoid sawing our own floor
    toRemove = toRemove.sort(compare.numerically);
    for (index = toRemove.length - 1; index >= 0; index--) {
        index1 = toRemove[index];
        if (index1 === undefined)
            continue;
        const indexDiff = delta[`_${index1}`];
        const removedValue = array.splice(index1, 1)[0];
        if ((indexDiff === null || indexDiff === void 0 ? void 0 : indexDiff[2]) === ARRAY_MOVE) {
            // reinsert later
            toInsert.push({
                index: indexDiff[1],
                value: removedValue,
            });
        }
    }
    // insert items, in reverse order to avoid moving our own floor
    toInsert = toInsert.sort(compare.numericallyBy("index"));
    const toInsertLength = toInsert.length;
    for (index = 0; index < toInsertLength; index++) {
        const insertion = toInsert[index];
        if (insertion === undefined)
            continue;
        array.splice(insertion.index, 0, insertion.value);
    }
    // apply modifications
    const toModifyLength = toModify.length;
    if (toModifyLength > 0) {
        for (index = 0; index < toModifyLength; index++) {
            const modification = toModify[index];
            if (modification === undefined)
                continue;
            const child = new patch(array[modification.index], modification.delta);
            context.push(child, modification.index);
        }
    }
    if (!context.children) {
        context.setResult(array).exit();
        return;
    }
    context.exit();
};
patchFilter.filterName = "arrays";
const collectChildrenPatchFilter = function collectChildrenPatchFilter(context) {
    if (!context || !context.children) {
        return;
    }
    const deltaWithChildren = context.delta;
    if (deltaWithChildren._t !== "a") {
        return;
    }
    const array = context.left;
    const length = context.children.length;
    for (let index = 0; index < length; index++) {
        const child = context.children[index];
        if (child === undefined)
            continue;
        const arrayIndex = child.childName;
        array[arrayIndex] = child.result;
    }
    context.setResult(array).exit();
};
collectChildrenPatchFilter.filterName = "arraysCollectChildren";
const reverseFilter = function arraysReverseFilter(context) {
    if (!context.nested) {
        const nonNestedDelta = context.delta;
        if (nonNestedDelta[2] === ARRAY_MOVE) {
            const arrayMoveDelta = nonNestedDelta;
            context.newName = `_${arrayMoveDelta[1]}`;
            context
                .setResult([
                arrayMoveDelta[0],
                Number.parseInt(context.childName.substring(1), 10),
                ARRAY_MOVE,
            ])
                .exit();
        }
        return;
    }
    const nestedDelta = context.delta;
    if (nestedDelta._t !== "a") {
        return;
    }
    const arrayDelta = nestedDelta;
    for (const name in arrayDelta) {
        if (name === "_t") {
            continue;
        }
        const child = new reverse(arrayDelta[name]);
        context.push(child, name);
    }
    context.exit();
};
reverseFilter.filterName = "arrays";
const reverseArrayDeltaIndex = (delta, index, itemDelta) => {
    if (typeof index === "string" && index[0] === "_") {
        return Number.parseInt(index.substring(1), 10);
    }
    if (Array.isArray(itemDelta) && itemDelta[2] === 0) {
        return `_${index}`;
    }
    let reverseIndex = +index;
    for (const deltaIndex in delta) {
        const deltaItem = delta[deltaIndex];
        if (Array.isArray(deltaItem)) {
            if (deltaItem[2] === ARRAY_MOVE) {
                const moveFromIndex = Number.parseInt(deltaIndex.substring(1), 10);
                const moveToIndex = deltaItem[1];
                if (moveToIndex === +index) {
                    return moveFromIndex;
                }
                if (moveFromIndex <= reverseIndex && moveToIndex > reverseIndex) {
                    reverseIndex++;
                }
                else if (moveFromIndex >= reverseIndex &&
                    moveToIndex < reverseIndex) {
                    reverseIndex--;
                }
            }
            else if (deltaItem[2] === 0) {
                const deleteIndex = Number.parseInt(deltaIndex.substring(1), 10);
                if (deleteIndex <= reverseIndex) {
                    reverseIndex++;
                }
            }
            else if (deltaItem.length === 1 &&
                Number.parseInt(deltaIndex, 10) <= reverseIndex) {
                reverseIndex--;
            }
        }
    }
    return reverseIndex;
};
const collectChildrenReverseFilter = (context) => {
    if (!context || !context.children) {
        return;
    }
    const deltaWithChildren = context.delta;
    if (deltaWithChildren._t !== "a") {
        return;
    }
    const arrayDelta = deltaWithChildren;
    const length = context.children.length;
    const delta = {
        _t: "a",
    };
    for (let index = 0; index < length; index++) {
        const child = context.children[index];
        if (child === undefined)
            continue;
        let name = child.newName;
        if (typeof name === "undefined") {
            if (child.childName === undefined) {
                throw new Error("child.childName is undefined");
            }
            name = reverseArrayDeltaIndex(arrayDelta, child.childName, child.result);
        }
        if (delta[name] !== child.result) {
            // There's no way to type this well.
            delta[name] = child.result;
        }
    }
    context.setResult(delta).exit();
};
collectChildrenReverseFilter.filterName = "arraysCollectChildren";

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/dates.js
const dates_diffFilter = function datesDiffFilter(context) {
    if (context.left instanceof Date) {
        if (context.right instanceof Date) {
            if (context.left.getTime() !== context.right.getTime()) {
                context.setResult([context.left, context.right]);
            }
            else {
                context.setResult(undefined);
            }
        }
        else {
            context.setResult([context.left, context.right]);
        }
        context.exit();
    }
    else if (context.right instanceof Date) {
        context.setResult([context.left, context.right]).exit();
    }
};
dates_diffFilter.filterName = "dates";

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/nested.js



// '__proto__' must never be used as a property key — it bypasses normal
// property assignment and directly modifies the object's prototype chain.
// 'constructor' and 'prototype' are handled by the hasOwnProperty guard below
// (we only traverse own properties of left, so inherited 'constructor' is
// never followed into Object.prototype).
const UNSAFE_KEYS = new Set(["__proto__"]);
const collectChildrenDiffFilter = (context) => {
    if (!context || !context.children) {
        return;
    }
    const length = context.children.length;
    let result = context.result;
    for (let index = 0; index < length; index++) {
        const child = context.children[index];
        if (child === undefined)
            continue;
        if (typeof child.result === "undefined") {
            continue;
        }
        result = result || {};
        if (child.childName === undefined) {
            throw new Error("diff child.childName is undefined");
        }
        result[child.childName] = child.result;
    }
    if (result && context.leftIsArray) {
        result._t = "a";
    }
    context.setResult(result).exit();
};
collectChildrenDiffFilter.filterName = "collectChildren";
const objectsDiffFilter = (context) => {
    var _a;
    if (context.leftIsArray || context.leftType !== "object") {
        return;
    }
    const left = context.left;
    const right = context.right;
    const propertyFilter = (_a = context.options) === null || _a === void 0 ? void 0 : _a.propertyFilter;
    for (const name in left) {
        if (!Object.prototype.hasOwnProperty.call(left, name)) {
            continue;
        }
        if (propertyFilter && !propertyFilter(name, context)) {
            continue;
        }
        const child = new diff(left[name], right[name]);
        context.push(child, name);
    }
    for (const name in right) {
        if (!Object.prototype.hasOwnProperty.call(right, name)) {
            continue;
        }
        if (propertyFilter && !propertyFilter(name, context)) {
            continue;
        }
        if (typeof left[name] === "undefined") {
            const child = new diff(undefined, right[name]);
            context.push(child, name);
        }
    }
    if (!context.children || context.children.length === 0) {
        context.setResult(undefined).exit();
        return;
    }
    context.exit();
};
objectsDiffFilter.filterName = "objects";
const nested_patchFilter = function nestedPatchFilter(context) {
    if (!context.nested) {
        return;
    }
    const nestedDelta = context.delta;
    if (nestedDelta._t) {
        return;
    }
    const objectDelta = nestedDelta;
    let childrenPushed = false;
    for (const name in objectDelta) {
        if (UNSAFE_KEYS.has(name))
            continue;
        if (!Object.prototype.hasOwnProperty.call(objectDelta, name))
            continue;
        const left = context.left;
        // Only read own properties from left to avoid traversing inherited
        // properties (e.g. constructor.prototype → Object.prototype)
        const leftValue = left !== null &&
            typeof left === "object" &&
            Object.prototype.hasOwnProperty.call(left, name)
            ? left[name]
            : undefined;
        const child = new patch(leftValue, objectDelta[name]);
        context.push(child, name);
        childrenPushed = true;
    }
    if (!childrenPushed) {
        // All delta keys were unsafe or filtered out — return left unchanged.
        context.setResult(context.left).exit();
        return;
    }
    context.exit();
};
nested_patchFilter.filterName = "objects";
const nested_collectChildrenPatchFilter = function collectChildrenPatchFilter(context) {
    if (!context || !context.children) {
        return;
    }
    const deltaWithChildren = context.delta;
    if (deltaWithChildren._t) {
        return;
    }
    // If left is not a real object we cannot patch it — return left as-is.
    if (context.left === null || typeof context.left !== "object") {
        context.setResult(context.left).exit();
        return;
    }
    const object = context.left;
    const length = context.children.length;
    for (let index = 0; index < length; index++) {
        const child = context.children[index];
        if (child === undefined)
            continue;
        const property = child.childName;
        if (UNSAFE_KEYS.has(property))
            continue;
        if (Object.prototype.hasOwnProperty.call(context.left, property) &&
            child.result === undefined) {
            delete object[property];
        }
        else if (object[property] !== child.result) {
            object[property] = child.result;
        }
    }
    context.setResult(object).exit();
};
nested_collectChildrenPatchFilter.filterName = "collectChildren";
const nested_reverseFilter = function nestedReverseFilter(context) {
    if (!context.nested) {
        return;
    }
    const nestedDelta = context.delta;
    if (nestedDelta._t) {
        return;
    }
    const objectDelta = context.delta;
    let childrenPushed = false;
    for (const name in objectDelta) {
        if (UNSAFE_KEYS.has(name))
            continue;
        if (!Object.prototype.hasOwnProperty.call(objectDelta, name))
            continue;
        const child = new reverse(objectDelta[name]);
        context.push(child, name);
        childrenPushed = true;
    }
    if (!childrenPushed) {
        // All delta keys were unsafe — return an empty reversed delta.
        context.setResult({}).exit();
        return;
    }
    context.exit();
};
nested_reverseFilter.filterName = "objects";
const nested_collectChildrenReverseFilter = (context) => {
    if (!context || !context.children) {
        return;
    }
    const deltaWithChildren = context.delta;
    if (deltaWithChildren._t) {
        return;
    }
    const length = context.children.length;
    const delta = {};
    for (let index = 0; index < length; index++) {
        const child = context.children[index];
        if (child === undefined)
            continue;
        const property = child.childName;
        if (UNSAFE_KEYS.has(property))
            continue;
        if (delta[property] !== child.result) {
            delta[property] = child.result;
        }
    }
    context.setResult(delta).exit();
};
nested_collectChildrenReverseFilter.filterName = "collectChildren";

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/texts.js
const TEXT_DIFF = 2;
const DEFAULT_MIN_LENGTH = 60;
let cachedDiffPatch = null;
function getDiffMatchPatch(options, required) {
    var _a;
    if (!cachedDiffPatch) {
        let instance;
        if ((_a = options === null || options === void 0 ? void 0 : options.textDiff) === null || _a === void 0 ? void 0 : _a.diffMatchPatch) {
            instance = new options.textDiff.diffMatchPatch();
        }
        else {
            if (!required) {
                return null;
            }
            const error = new Error("The diff-match-patch library was not provided. Pass the library in through the options or use the `jsondiffpatch/with-text-diffs` entry-point.");
            // eslint-disable-next-line camelcase
            error.diff_match_patch_not_found = true;
            throw error;
        }
        cachedDiffPatch = {
            diff: (txt1, txt2) => instance.patch_toText(instance.patch_make(txt1, txt2)),
            patch: (txt1, patch) => {
                const results = instance.patch_apply(instance.patch_fromText(patch), txt1);
                for (const resultOk of results[1]) {
                    if (!resultOk) {
                        const error = new Error("text patch failed");
                        error.textPatchFailed = true;
                        throw error;
                    }
                }
                return results[0];
            },
        };
    }
    return cachedDiffPatch;
}
const texts_diffFilter = function textsDiffFilter(context) {
    var _a, _b;
    if (context.leftType !== "string") {
        return;
    }
    const left = context.left;
    const right = context.right;
    const minLength = ((_b = (_a = context.options) === null || _a === void 0 ? void 0 : _a.textDiff) === null || _b === void 0 ? void 0 : _b.minLength) || DEFAULT_MIN_LENGTH;
    if (left.length < minLength || right.length < minLength) {
        context.setResult([left, right]).exit();
        return;
    }
    // large text, try to use a text-diff algorithm
    const diffMatchPatch = getDiffMatchPatch(context.options);
    if (!diffMatchPatch) {
        // diff-match-patch library not available,
        // fallback to regular string replace
        context.setResult([left, right]).exit();
        return;
    }
    const diff = diffMatchPatch.diff;
    context.setResult([diff(left, right), 0, TEXT_DIFF]).exit();
};
texts_diffFilter.filterName = "texts";
const texts_patchFilter = function textsPatchFilter(context) {
    if (context.nested) {
        return;
    }
    const nonNestedDelta = context.delta;
    if (nonNestedDelta[2] !== TEXT_DIFF) {
        return;
    }
    const textDiffDelta = nonNestedDelta;
    // text-diff, use a text-patch algorithm
    const patch = getDiffMatchPatch(context.options, true).patch;
    context.setResult(patch(context.left, textDiffDelta[0])).exit();
};
texts_patchFilter.filterName = "texts";
const textDeltaReverse = (delta) => {
    var _a, _b, _c;
    const headerRegex = /^@@ +-(\d+),(\d+) +\+(\d+),(\d+) +@@$/;
    const lines = delta.split("\n");
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === undefined)
            continue;
        const lineStart = line.slice(0, 1);
        if (lineStart === "@") {
            const header = headerRegex.exec(line);
            if (header !== null) {
                const lineHeader = i;
                // fix header
                lines[lineHeader] =
                    `@@ -${header[3]},${header[4]} +${header[1]},${header[2]} @@`;
            }
        }
        else if (lineStart === "+") {
            lines[i] = `-${(_a = lines[i]) === null || _a === void 0 ? void 0 : _a.slice(1)}`;
            if (((_b = lines[i - 1]) === null || _b === void 0 ? void 0 : _b.slice(0, 1)) === "+") {
                // swap lines to keep default order (-+)
                const lineTmp = lines[i];
                lines[i] = lines[i - 1];
                lines[i - 1] = lineTmp;
            }
        }
        else if (lineStart === "-") {
            lines[i] = `+${(_c = lines[i]) === null || _c === void 0 ? void 0 : _c.slice(1)}`;
        }
    }
    return lines.join("\n");
};
const texts_reverseFilter = function textsReverseFilter(context) {
    if (context.nested) {
        return;
    }
    const nonNestedDelta = context.delta;
    if (nonNestedDelta[2] !== TEXT_DIFF) {
        return;
    }
    const textDiffDelta = nonNestedDelta;
    // text-diff, use a text-diff algorithm
    context
        .setResult([textDeltaReverse(textDiffDelta[0]), 0, TEXT_DIFF])
        .exit();
};
texts_reverseFilter.filterName = "texts";

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/filters/trivial.js
const trivial_diffFilter = function trivialMatchesDiffFilter(context) {
    if (context.left === context.right) {
        context.setResult(undefined).exit();
        return;
    }
    if (typeof context.left === "undefined") {
        if (typeof context.right === "function") {
            throw new Error("functions are not supported");
        }
        context.setResult([context.right]).exit();
        return;
    }
    if (typeof context.right === "undefined") {
        context.setResult([context.left, 0, 0]).exit();
        return;
    }
    if (typeof context.left === "function" ||
        typeof context.right === "function") {
        throw new Error("functions are not supported");
    }
    context.leftType = context.left === null ? "null" : typeof context.left;
    context.rightType = context.right === null ? "null" : typeof context.right;
    if (context.leftType !== context.rightType) {
        context.setResult([context.left, context.right]).exit();
        return;
    }
    if (context.leftType === "boolean" || context.leftType === "number") {
        context.setResult([context.left, context.right]).exit();
        return;
    }
    if (context.leftType === "object") {
        context.leftIsArray = Array.isArray(context.left);
    }
    if (context.rightType === "object") {
        context.rightIsArray = Array.isArray(context.right);
    }
    if (context.leftIsArray !== context.rightIsArray) {
        context.setResult([context.left, context.right]).exit();
        return;
    }
    if (context.left instanceof RegExp) {
        if (context.right instanceof RegExp) {
            context
                .setResult([context.left.toString(), context.right.toString()])
                .exit();
        }
        else {
            context.setResult([context.left, context.right]).exit();
        }
    }
};
trivial_diffFilter.filterName = "trivial";
const trivial_patchFilter = function trivialMatchesPatchFilter(context) {
    if (typeof context.delta === "undefined") {
        context.setResult(context.left).exit();
        return;
    }
    context.nested = !Array.isArray(context.delta);
    if (context.nested) {
        return;
    }
    const nonNestedDelta = context.delta;
    if (nonNestedDelta.length === 1) {
        context.setResult(nonNestedDelta[0]).exit();
        return;
    }
    if (nonNestedDelta.length === 2) {
        if (context.left instanceof RegExp) {
            const regexArgs = /^\/(.*)\/([gimyu]+)$/.exec(nonNestedDelta[1]);
            if (regexArgs === null || regexArgs === void 0 ? void 0 : regexArgs[1]) {
                context.setResult(new RegExp(regexArgs[1], regexArgs[2])).exit();
                return;
            }
        }
        context.setResult(nonNestedDelta[1]).exit();
        return;
    }
    if (nonNestedDelta.length === 3 && nonNestedDelta[2] === 0) {
        context.setResult(undefined).exit();
    }
};
trivial_patchFilter.filterName = "trivial";
const trivial_reverseFilter = function trivialReferseFilter(context) {
    if (typeof context.delta === "undefined") {
        context.setResult(context.delta).exit();
        return;
    }
    context.nested = !Array.isArray(context.delta);
    if (context.nested) {
        return;
    }
    const nonNestedDelta = context.delta;
    if (nonNestedDelta.length === 1) {
        context.setResult([nonNestedDelta[0], 0, 0]).exit();
        return;
    }
    if (nonNestedDelta.length === 2) {
        context.setResult([nonNestedDelta[1], nonNestedDelta[0]]).exit();
        return;
    }
    if (nonNestedDelta.length === 3 && nonNestedDelta[2] === 0) {
        context.setResult([nonNestedDelta[0]]).exit();
    }
};
trivial_reverseFilter.filterName = "trivial";

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/diffpatcher.js











class diffpatcher_DiffPatcher {
    constructor(options) {
        this.processor = new processor(options);
        this.processor.pipe(new pipe("diff")
            .append(collectChildrenDiffFilter, trivial_diffFilter, dates_diffFilter, texts_diffFilter, objectsDiffFilter, diffFilter)
            .shouldHaveResult());
        this.processor.pipe(new pipe("patch")
            .append(nested_collectChildrenPatchFilter, collectChildrenPatchFilter, trivial_patchFilter, texts_patchFilter, nested_patchFilter, patchFilter)
            .shouldHaveResult());
        this.processor.pipe(new pipe("reverse")
            .append(nested_collectChildrenReverseFilter, collectChildrenReverseFilter, trivial_reverseFilter, texts_reverseFilter, nested_reverseFilter, reverseFilter)
            .shouldHaveResult());
    }
    options(options) {
        return this.processor.options(options);
    }
    diff(left, right) {
        return this.processor.process(new diff(left, right));
    }
    patch(left, delta) {
        return this.processor.process(new patch(left, delta));
    }
    reverse(delta) {
        return this.processor.process(new reverse(delta));
    }
    unpatch(right, delta) {
        return this.patch(right, this.reverse(delta));
    }
    clone(value) {
        return clone_clone(value);
    }
}
/* harmony default export */ const diffpatcher = (diffpatcher_DiffPatcher);

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/index.js



function lib_create(options) {
    return new diffpatcher(options);
}
let defaultInstance;
function lib_diff(left, right) {
    if (!defaultInstance) {
        defaultInstance = new DiffPatcher();
    }
    return defaultInstance.diff(left, right);
}
function lib_patch(left, delta) {
    if (!defaultInstance) {
        defaultInstance = new DiffPatcher();
    }
    return defaultInstance.patch(left, delta);
}
function unpatch(right, delta) {
    if (!defaultInstance) {
        defaultInstance = new DiffPatcher();
    }
    return defaultInstance.unpatch(right, delta);
}
function lib_reverse(delta) {
    if (!defaultInstance) {
        defaultInstance = new DiffPatcher();
    }
    return defaultInstance.reverse(delta);
}
function clone(value) {
    if (!defaultInstance) {
        defaultInstance = new DiffPatcher();
    }
    return defaultInstance.clone(value);
}

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/moves/delta-to-sequence.js

/**
 * returns a set of moves (move array item from an index to another index) that,
 * if applied sequentially to an array,
 * achieves the index delta provided (item at index "from" ends up in index "to").
 *
 * This is essential in translation jsondiffpatch array moves to JSONPatch move ops.
 */
const moveOpsFromPositionDeltas = (indexDelta) => {
    // moves that if applied sequentially (as in JSONPatch),
    // to an array achieve the position deltas provided (item at "from" ends up at index "to")
    const ops = [];
    const pendingDeltas = [...indexDelta];
    let extraMoveCount = 0;
    while (pendingDeltas.length > 0) {
        const { next, extra } = pickNextMove(pendingDeltas);
        if (next.from !== next.to) {
            ops.push({
                from: next.from,
                to: next.to,
            });
            // adjust future moves "from" according to my "from" and "to"
            for (const delta of pendingDeltas) {
                if (next.from === delta.from) {
                    throw new Error("trying to move the same item twice");
                }
                if (next.from < delta.from) {
                    delta.from--;
                }
                if (next.to <= delta.from) {
                    delta.from++;
                }
            }
        }
        if (extra) {
            extraMoveCount++;
            if (extraMoveCount > 100) {
                // this is a safety net, we should never get here if the moves are correct
                throw new Error("failed to apply all array moves");
            }
            // adding extra move (if the shift prediction succeeds, this move is skipped)
            pendingDeltas.push(extra);
        }
    }
    return ops;
};
const pickNextMove = (deltas) => {
    if (!isNonEmptyArray(deltas)) {
        throw new Error("no more moves to make");
    }
    if (!isArrayWithAtLeast2(deltas)) {
        // only 1 left, we're done!
        return { next: deltas.shift() };
    }
    /*
     * each move operation can shift the other "froms" (easy to correct),
     * and other "tos" (hard to correct).
     *
     * to avoid this, we try to find moves that are "final" and perform those first,
     * a "final" move is a move that will leave its item in the definition position.
     *
     * this happens for moves to an index that don't have any pending move from/to before, or after.
     * when performing such move, the items to the left (or right) of its "to" won't move anymore.
     *
     * when it's not possible to identify a "final" move, we take the first "from" and do that.
     * (hoping that will untangle and free a "final" move next)
     * we make a guess about how it will be shifted (by future moves),
     * and add an extra move to adjust later if needed.
     */
    // find the moves moving to the left/right extremes
    let leftmostTo = deltas[0];
    let leftmostToIndex = -1;
    let rightmostTo = deltas[0];
    let rightmostToIndex = -1;
    for (let i = 0; i < deltas.length; i++) {
        const move = deltas[i];
        if (!move)
            continue;
        if (leftmostToIndex < 0 || move.to < leftmostTo.to) {
            leftmostTo = move;
            leftmostToIndex = i;
        }
        if (rightmostToIndex < 0 || move.to > rightmostTo.to) {
            rightmostTo = move;
            rightmostToIndex = i;
        }
    }
    // find the moves moving from the left/right extremes (excluding the 2 above)
    let leftmostFrom = deltas[0];
    let leftmostFromIndex = -1;
    let rightmostFrom = deltas[0];
    let rightmostFromIndex = -1;
    for (let i = 0; i < deltas.length; i++) {
        const move = deltas[i];
        if (!move)
            continue;
        if (i !== leftmostToIndex &&
            (leftmostFromIndex < 0 || move.from < leftmostFrom.from)) {
            leftmostFrom = move;
            leftmostFromIndex = i;
        }
        if (i !== rightmostToIndex &&
            (rightmostFromIndex < 0 || move.from > rightmostFrom.from)) {
            rightmostFrom = move;
            rightmostFromIndex = i;
        }
    }
    if (leftmostFromIndex < 0 ||
        leftmostTo.to < leftmostFrom.from ||
        (leftmostTo.to < leftmostTo.from && leftmostTo.to === leftmostFrom.from)) {
        // nothing else will move to the left of leftmostTo,
        // it's a "final" move to the left
        const next = deltas.splice(leftmostToIndex, 1)[0];
        if (!next)
            throw new Error("failed to get next move");
        return { next };
    }
    if (rightmostFromIndex < 0 ||
        rightmostTo.to > rightmostFrom.from ||
        (rightmostTo.to > rightmostTo.from && rightmostTo.to === rightmostFrom.from)) {
        // nothing else will move to the right of rightmostTo,
        // it's a "final" move to the left
        const next = deltas.splice(rightmostToIndex, 1)[0];
        if (!next)
            throw new Error("failed to get next move");
        return { next };
    }
    // can't move anything to final location
    // use leftmostFrom move (trying to untangle)
    const move = deltas.splice(leftmostFromIndex, 1)[0];
    if (!move)
        throw new Error("failed to get next move");
    const futureShift = deltas.reduce((acc, m) => {
        return (acc +
            ((m.to < move.to
                ? // an insert to the left, shift to compensate
                    -1
                : 0) +
                (m.from < move.to
                    ? // an insert to the left, shift to compensate
                        1
                    : 0)));
    }, 0);
    const correctedTo = move.to + futureShift;
    return {
        next: {
            from: move.from,
            to: correctedTo,
        },
        //  add an extra move to adjust later (if this item doesn't end at the exact "to")
        extra: {
            from: correctedTo,
            to: move.to,
        },
    };
};

;// CONCATENATED MODULE: ./node_modules/jsondiffpatch/lib/formatters/jsonpatch.js


const OPERATIONS = {
    add: "add",
    remove: "remove",
    replace: "replace",
    move: "move",
};
class JSONFormatter {
    format(delta) {
        const ops = [];
        const stack = [{ path: "", delta }];
        while (stack.length > 0) {
            const current = stack.pop();
            if (current === undefined || !current.delta)
                break;
            if (Array.isArray(current.delta)) {
                // add
                if (current.delta.length === 1) {
                    ops.push({
                        op: OPERATIONS.add,
                        path: current.path,
                        value: current.delta[0],
                    });
                }
                // modify
                if (current.delta.length === 2) {
                    ops.push({
                        op: OPERATIONS.replace,
                        path: current.path,
                        value: current.delta[1],
                    });
                }
                // delete
                if (current.delta[2] === 0) {
                    ops.push({
                        op: OPERATIONS.remove,
                        path: current.path,
                    });
                }
                // text diff
                if (current.delta[2] === 2) {
                    throw new Error("JSONPatch (RFC 6902) doesn't support text diffs, disable textDiff option");
                }
            }
            else if (current.delta._t === "a") {
                // array delta
                const arrayDelta = current.delta;
                const deletes = [];
                // array index moves
                const indexDelta = [];
                const inserts = [];
                const updates = [];
                for (const key of Object.keys(arrayDelta)) {
                    if (key === "_t")
                        continue;
                    if (key.substring(0, 1) === "_") {
                        const index = Number.parseInt(key.substring(1));
                        const itemDelta = arrayDelta[key];
                        if (!itemDelta)
                            continue;
                        if (!Array.isArray(itemDelta)) {
                            updates.push({ to: index, delta: itemDelta });
                        }
                        else if (itemDelta.length === 3) {
                            if (itemDelta[2] === 3) {
                                indexDelta.push({ from: index, to: itemDelta[1] });
                            }
                            else if (itemDelta[2] === 0) {
                                deletes.push(index);
                            }
                        }
                    }
                    else {
                        const itemDelta = arrayDelta[key];
                        const index = Number.parseInt(key);
                        if (itemDelta) {
                            if (!Array.isArray(itemDelta)) {
                                updates.push({ to: index, delta: itemDelta });
                            }
                            else if (itemDelta.length === 1) {
                                inserts.push({ to: index, value: itemDelta[0] });
                            }
                            else if (itemDelta.length === 2) {
                                updates.push({ to: index, delta: itemDelta });
                            }
                            else if (itemDelta.length === 3) {
                                if (itemDelta[2] === 3) {
                                    throw new Error("JSONPatch (RFC 6902) doesn't support text diffs, disable textDiff option");
                                }
                            }
                        }
                    }
                }
                inserts.sort((a, b) => a.to - b.to);
                deletes.sort((a, b) => b - a);
                // delete operations (bottoms-up, so a delete doen't affect the following)
                for (const index of deletes) {
                    ops.push({
                        op: OPERATIONS.remove,
                        path: `${current.path}/${index}`,
                    });
                    if (indexDelta.length > 0) {
                        for (const move of indexDelta) {
                            if (index < move.from) {
                                move.from--;
                            }
                        }
                    }
                }
                if (indexDelta.length > 0) {
                    // adjust moves "to" to compensate for future inserts
                    // in reverse order (moves shift left in this loop, this avoids missing any insert)c
                    const insertsBottomsUp = [...inserts].reverse();
                    for (const insert of insertsBottomsUp) {
                        for (const move of indexDelta) {
                            if (insert.to < move.to) {
                                move.to--;
                            }
                        }
                    }
                    /**
                     * translate array index deltas (pairs of from/to) into JSONPatch,
                     * into a sequence of move operations.
                     */
                    const moveOps = moveOpsFromPositionDeltas(indexDelta);
                    for (const moveOp of moveOps) {
                        ops.push({
                            op: OPERATIONS.move,
                            from: `${current.path}/${moveOp.from}`,
                            path: `${current.path}/${moveOp.to}`,
                        });
                    }
                }
                // insert operations (top-bottom, so an insert doesn't affect the following)
                for (const insert of inserts) {
                    const { to, value } = insert;
                    ops.push({
                        op: OPERATIONS.add,
                        path: `${current.path}/${to}`,
                        value,
                    });
                }
                // update operations
                const stackUpdates = [];
                for (const update of updates) {
                    const { to, delta } = update;
                    if (Array.isArray(delta)) {
                        if (delta.length === 2) {
                            ops.push({
                                op: OPERATIONS.replace,
                                path: `${current.path}/${to}`,
                                value: delta[1],
                            });
                        }
                    }
                    else {
                        // nested delta (object or array)
                        stackUpdates.push({
                            path: `${current.path}/${to}`,
                            delta,
                        });
                    }
                }
                if (stackUpdates.length > 0) {
                    // push into the stack in reverse order to process them in original order
                    stack.push(...stackUpdates.reverse());
                }
            }
            else {
                // object delta
                // push into the stack in reverse order to process them in original order
                for (const key of Object.keys(current.delta).reverse()) {
                    const childDelta = current.delta[key];
                    stack.push({
                        path: `${current.path}/${formatPropertyNameForRFC6902(key)}`,
                        delta: childDelta,
                    });
                }
            }
        }
        return ops;
    }
}
/* harmony default export */ const jsonpatch = ((/* unused pure expression or super */ null && (JSONFormatter)));
let jsonpatch_defaultInstance;
const format = (delta) => {
    if (!jsonpatch_defaultInstance) {
        jsonpatch_defaultInstance = new JSONFormatter();
    }
    return jsonpatch_defaultInstance.format(delta);
};
const log = (delta) => {
    console.log(format(delta));
};
const formatPropertyNameForRFC6902 = (path) => {
    // see https://datatracker.ietf.org/doc/html/rfc6902#appendix-A.14
    if (typeof path !== "string")
        return path.toString();
    if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
        return path;
    return path.replace(/~/g, "~0").replace(/\//g, "~1");
};
// expose the standard JSONPatch apply too
const jsonpatch_patch = (/* unused pure expression or super */ null && (applyJsonPatchRFC6902));

;// CONCATENATED MODULE: ./lib/core/diff/types.js
/**
 * The shape of a semantic diff. `DiffResult` serialised with JSON.stringify is the CLI's
 * `--json` contract, so fields are only ever added here, never renamed.
 */
const DEFAULT_IDENTITY_FIELDS = ['agent', 'id', 'name', 'key', 'command', 'slug', 'uuid'];

;// CONCATENATED MODULE: ./lib/core/diff/patch.js





/**
 * Array items are matched by identity field when they have one (so an edited agent is a
 * nested change, not a removal and an addition), else by content (so moved items are moves).
 * jsondiffpatch also hands null to objectHash, since typeof null is 'object'.
 */
function objectHash(identityFields) {
    return (item) => {
        if ((0,diff_values/* isPlainObject */.Qd)(item)) {
            for (const field of identityFields) {
                const id = (0,diff_values/* hasOwn */.$3)(item, field) ? item[field] : undefined;
                if (typeof id === 'string' || typeof id === 'number')
                    return `${field}=${JSON.stringify(id)}`;
            }
        }
        return (0,diff_values/* canonicalJson */.dj)(item);
    };
}
const differCache = new Map();
/**
 * Two ways of matching array items, both tried, the shorter verified patch kept: by identity
 * (an inserted agent is one `add`) and by position (a renamed agent is one `replace` of its
 * `agent` field instead of a removal and a re-insertion of the whole object).
 */
function differsFor(identityFields) {
    const cacheKey = JSON.stringify(identityFields);
    let cached = differCache.get(cacheKey);
    if (!cached) {
        // Text deltas cannot be expressed in RFC 6902. The plain entry point has no text differ,
        // but jsondiffpatch caches one module-wide once anyone in the process used
        // `with-text-diffs`; an infinite threshold keeps long strings as plain replaces regardless.
        const textDiff = { minLength: Number.POSITIVE_INFINITY };
        cached = [
            lib_create({
                objectHash: objectHash(identityFields),
                arrays: { detectMove: true, includeValueOnMove: false },
                textDiff,
            }),
            lib_create({ matchByPosition: true, arrays: { detectMove: true, includeValueOnMove: false }, textDiff }),
        ];
        differCache.set(cacheKey, cached);
    }
    return cached;
}
function libraryPatch(differ, from, to) {
    try {
        return compacted(format(differ.diff(from, to)));
    }
    catch {
        return null;
    }
}
/** jsondiffpatch writes an in-place array edit as `remove` then `add` at the same index. */
function compacted(patch) {
    const result = [];
    for (let i = 0; i < patch.length; i++) {
        const op = patch[i];
        const next = patch[i + 1];
        if (op.op === 'remove' && next?.op === 'add' && next.path === op.path && !op.path.endsWith('/-')) {
            result.push({ op: 'replace', path: op.path, value: next.value });
            i++;
        }
        else
            result.push(op);
    }
    return result;
}
function reproduces(from, patch, to) {
    try {
        return (0,diff_values/* deepEqual */.bD)(applyJsonPatch(from, patch), to);
    }
    catch {
        return false;
    }
}
function prefixed(prefix, patch) {
    return patch.map((op) => 'from' in op ? { ...op, from: prefix + op.from, path: prefix + op.path } : { ...op, path: prefix + op.path });
}
/**
 * jsondiffpatch's patch, used only once it is proven to reproduce `to`. When it does not (its
 * JSON Patch formatter has had bugs with array moves), objects are patched member by member
 * and anything else is replaced whole: the smallest enclosing value that still comes out right.
 */
function verifiedPatch(differs, from, to) {
    if ((0,diff_values/* deepEqual */.bD)(from, to))
        return [];
    let best;
    for (const differ of differs) {
        const candidate = libraryPatch(differ, from, to);
        if (candidate &&
            reproduces(from, candidate, to) &&
            (!best || JSON.stringify(candidate).length < JSON.stringify(best).length))
            best = candidate;
    }
    if (best)
        return best;
    if (!(0,diff_values/* isPlainObject */.Qd)(from) || !(0,diff_values/* isPlainObject */.Qd)(to))
        return [{ op: 'replace', path: '', value: to }];
    const patch = [];
    for (const key of Object.keys(from))
        if (!(0,diff_values/* hasOwn */.$3)(to, key))
            patch.push({ op: 'remove', path: (0,diff_values/* childPointer */.Y2)('', key) });
    for (const key of Object.keys(to)) {
        const path = (0,diff_values/* childPointer */.Y2)('', key);
        if (!(0,diff_values/* hasOwn */.$3)(from, key))
            patch.push({ op: 'add', path, value: to[key] });
        else
            patch.push(...prefixed(path, verifiedPatch(differs, from[key], to[key])));
    }
    return patch;
}
/**
 * An RFC 6902 patch that turns `from` into `to` exactly (deep-equal after application by any
 * conforming implementation). Operation values are copies, never shared with `to`.
 */
function migrationPatch(from, to, identityFields = DEFAULT_IDENTITY_FIELDS) {
    return (0,diff_values/* cloneJson */.Y7)(verifiedPatch(differsFor(identityFields), from, to));
}

// EXTERNAL MODULE: ./lib/core/diff/formatting.js
var formatting = __nccwpck_require__(1424);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __nccwpck_require__(6751);
;// CONCATENATED MODULE: ./lib/core/diff/text.js



/** Beyond this many changed lines a line diff costs more than it tells: the file is reported as changed. */
const MAX_EDIT_LENGTH = 5000;
/** True for files compared as text or bytes rather than as JSON values. */
function text_isNonJson(file) {
    return (0,kinds/* kindOfPath */.Bs)(file) !== 'json';
}
/**
 * A non-JSON file whose bytes differ on the two sides: a unified diff (3 lines of context, as
 * `git diff`) when both sides are text, else the sizes. Added and removed files need no diff.
 */
function text_diffNonJson(file, before, after) {
    const base = { ...text_nonJsonUnchanged(file), patch: null };
    if (!before)
        return { ...base, status: 'added' };
    if (!after)
        return { ...base, status: 'removed' };
    if (!(0,kinds/* isText */.KH)(before) || !(0,kinds/* isText */.KH)(after)) {
        return {
            ...base,
            status: 'modified',
            binary: true,
            problem: `binary content differs (${before.length} → ${after.length} bytes)`,
        };
    }
    const a = Buffer.from(before).toString('utf8');
    const b = Buffer.from(after).toString('utf8');
    const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, a, b, undefined, undefined, {
        context: 3,
        maxEditLength: MAX_EDIT_LENGTH,
    });
    if (patch === undefined)
        return {
            ...base,
            status: 'modified',
            problem: `too many changed lines for a line diff (${before.length} → ${after.length} bytes)`,
        };
    return { ...base, status: 'modified', unifiedDiff: withoutIndexLine(patch) };
}
/** A non-JSON file with the same bytes on both sides: nothing read, nothing parsed. */
function text_nonJsonUnchanged(file) {
    return {
        path: file,
        status: 'unchanged',
        changes: [],
        version: { from: null, to: null, majorChange: false },
        patch: [],
        kind: (0,kinds/* kindOfPath */.Bs)(file) === 'yaml' ? 'yaml' : 'other',
    };
}
/** jsdiff starts with a `===` line (and an `Index:` one for a single name), which `diff -u` and git do not print. */
function withoutIndexLine(patch) {
    return patch.replace(/^(Index: .*\n)?=+\n/, '');
}
/** Lines added and removed by a unified diff. */
function lineCounts(unifiedDiff) {
    let added = 0;
    let removed = 0;
    for (const line of unifiedDiff.split('\n')) {
        if (line.startsWith('+') && !line.startsWith('+++ '))
            added++;
        else if (line.startsWith('-') && !line.startsWith('--- '))
            removed++;
    }
    return { added, removed };
}
/**
 * A line of a text diff with the secrets that show masked: the value of a `key: value`,
 * `key = value` or `"key": value` whose key is secret-like, and credentials by their form
 * (`redactString`). Text has no structure to go by, so this is the best a line can do.
 */
function redactTextLine(line, secretKeys = DEFAULT_SECRET_KEYS) {
    const keyed = /^([+\- ]?\s*(?:-\s+)?["']?)([A-Za-z_][\w.-]*)(["']?\s*[:=]\s*)(\S.*)$/.exec(line);
    if (keyed && isSecretKey(keyed[2], secretKeys))
        return `${keyed[1]}${keyed[2]}${keyed[3]}${REDACTED}`;
    return redactString(line, secretKeys);
}

;// CONCATENATED MODULE: ./lib/core/diff/summary.js



/** Order in which phrases appear: "+1 team, -1 agent, 2 workflows modified, 11 agents renamed". */
const PHRASE_ORDER = ['added', 'removed', 'modified', 'renamed', 'reordered'];
function phraseFor(change, count, kind) {
    switch (change) {
        case 'added':
            return `+${countKind(count, kind)}`;
        case 'removed':
            return `-${countKind(count, kind)}`;
        case 'reordered':
            // The count is of arrays, not of items: "agents reordered", "agents reordered (2 lists)".
            return `${pluralKind(kind)} reordered${count > 1 ? ` (${count} lists)` : ''}`;
        default:
            return `${countKind(count, kind)} ${change}`;
    }
}
/**
 * Compact phrase for one file's changes or a whole comparison: "+1 team, 2 workflows modified,
 * 11 agents renamed". Fields outside any entity count as "fields changed"; fields inside an
 * entity are already told by that entity's "modified". A file's top-level `version` is told
 * apart from other fields (callers show versions on their own), as "version changed" only when
 * nothing else changed. "no changes" when there is nothing.
 */
function summarizeChanges(files) {
    const list = Array.isArray(files) ? files : [files];
    const counts = new Map(PHRASE_ORDER.map((c) => [c, new Map()]));
    let fields = 0;
    let versionChanged = false;
    const fileCounts = { added: 0, removed: 0, unparseable: 0, formatting: 0, text: 0, binary: 0 };
    const lines = { added: 0, removed: 0 };
    for (const file of list) {
        if (file.status === 'added' || file.status === 'removed' || file.status === 'unparseable')
            fileCounts[file.status]++;
        if (file.status === 'unchanged' && file.formattingOnly)
            fileCounts.formatting++;
        if (file.status === 'modified' && file.kind !== undefined) {
            if (file.unifiedDiff === undefined)
                fileCounts.binary++;
            else {
                fileCounts.text++;
                const counted = lineCounts(file.unifiedDiff);
                lines.added += counted.added;
                lines.removed += counted.removed;
            }
        }
        for (const change of file.changes) {
            const isEntityChange = change.change !== 'value' && change.kind !== null && (change.change !== 'reordered' || change.id === null);
            if (isEntityChange) {
                const byKind = counts.get(change.change);
                byKind.set(change.kind, (byKind.get(change.kind) ?? 0) + 1);
            }
            else if (change.kind === null && change.pointer === '/version')
                versionChanged = true;
            else if (change.kind === null)
                fields++;
        }
    }
    const phrases = [];
    if (fileCounts.added > 0)
        phrases.push(`+${countKind(fileCounts.added, 'file')}`);
    if (fileCounts.removed > 0)
        phrases.push(`-${countKind(fileCounts.removed, 'file')}`);
    for (const change of PHRASE_ORDER) {
        for (const [kind, count] of counts.get(change) ?? [])
            phrases.push(phraseFor(change, count, kind));
    }
    if (fields > 0)
        phrases.push(`${countKind(fields, 'field')} changed`);
    if (fileCounts.text > 0)
        phrases.push(`${list.length === 1 ? 'text' : countKind(fileCounts.text, 'text file')} changed (+${lines.added} -${lines.removed} lines)`);
    if (fileCounts.binary > 0)
        phrases.push(`${countKind(fileCounts.binary, 'file')} changed (not text)`);
    if (fileCounts.formatting > 0)
        phrases.push(list.length === 1 ? formatting/* FORMATTING_ONLY */.p : `${countKind(fileCounts.formatting, 'file')} ${formatting/* FORMATTING_ONLY */.p}`);
    if (fileCounts.unparseable > 0)
        phrases.push(`${countKind(fileCounts.unparseable, 'file')} not comparable`);
    if (phrases.length === 0 && versionChanged)
        phrases.push('version changed');
    return phrases.length > 0 ? phrases.join(', ') : 'no changes';
}

;// CONCATENATED MODULE: ./lib/core/diff/snapshots.js










function snapshots_parseDocument(document) {
    const decoded = (0,json/* decodeUtf8 */._6)(document.bytes);
    if (!decoded.ok)
        return { ok: false, problem: decoded.problem };
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
    if (!parsed.ok)
        return {
            ok: false,
            problem: `${parsed.problem} at line ${parsed.position.line}, column ${parsed.position.column}`,
        };
    return { ok: true, value: parsed.value };
}
function sameBytes(a, b) {
    return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
function snapshots_versionChange(from, to) {
    const majorFrom = (0,config_version/* majorVersion */.iR)(from);
    const majorTo = (0,config_version/* majorVersion */.iR)(to);
    return {
        from: from ?? null,
        to: to ?? null,
        majorChange: majorFrom !== undefined && majorTo !== undefined && majorFrom !== majorTo,
    };
}
function snapshots_versionOf(parsed) {
    return parsed?.ok ? ((0,config_version/* documentVersion */.am)(parsed.value) ?? null) : null;
}
/** `.claude/orchestration/teams.json` → `teams`: the root of a file is a collection of… teams. */
function rootKeyOf(file) {
    return external_node_path_.posix.basename(file.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
}
function diffFile(file, from, to, options) {
    // Equal bytes are unchanged whatever they hold; parsing one side is enough to tell its version.
    if (from && to && sameBytes(from.bytes, to.bytes))
        return text_isNonJson(file) ? text_nonJsonUnchanged(file) : snapshots_unchangedFile(file, snapshots_versionOf(snapshots_parseDocument(from)));
    if (text_isNonJson(file))
        return text_diffNonJson(file, from?.bytes, to?.bytes);
    return snapshots_diffContent(file, from && snapshots_parseDocument(from), to && snapshots_parseDocument(to), options);
}
function snapshots_unchangedFile(file, version) {
    return { path: file, changes: [], version: snapshots_versionChange(version, version), status: 'unchanged', patch: [] };
}
/** A file whose bytes differ between the sides, or that one side lacks (`undefined`). */
function snapshots_diffContent(file, before, after, options) {
    const version = snapshots_versionChange(snapshots_versionOf(before), snapshots_versionOf(after));
    const base = { path: file, changes: [], version };
    if (!before)
        return { ...base, status: 'added', patch: null };
    if (!after)
        return { ...base, status: 'removed', patch: null };
    if (!before.ok || !after.ok) {
        const broken = [
            !before.ok && `in ${options.fromLabel}: ${before.problem}`,
            !after.ok && `in ${options.toLabel}: ${after.problem}`,
        ].filter(Boolean);
        return {
            ...base,
            status: 'unparseable',
            patch: null,
            problem: `not valid JSON (${broken.join('; ')}), so it cannot be compared semantically and no JSON Patch can express the change`,
        };
    }
    if ((0,diff_values/* deepEqual */.bD)(before.value, after.value))
        return { ...base, status: 'unchanged', patch: [], formattingOnly: true };
    const patch = options.patches ? migrationPatch(before.value, after.value, options.identityFields) : null;
    if (patch)
        (0,redact/* rememberPatchSecrets */.bL)(patch, before.value, after.value, options.secretKeys);
    return {
        ...base,
        status: 'modified',
        changes: semanticChanges(before.value, after.value, {
            identityFields: options.identityFields,
            secretKeys: options.secretKeys,
            rootKey: rootKeyOf(file),
        }),
        patch,
    };
}
function snapshots_withDefaults(options) {
    return {
        fromLabel: options.fromLabel ?? 'from',
        toLabel: options.toLabel ?? 'to',
        identityFields: options.identityFields ?? DEFAULT_IDENTITY_FIELDS,
        secretKeys: options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp,
        patches: options.patches ?? true,
    };
}
function snapshots_stepSummary(version, files) {
    return `${version.from ?? 'unversioned'} → ${version.to ?? 'unversioned'}: ${summarizeChanges(files)}`;
}
/** Compares two snapshots file by file (matched by path) and, inside JSON files, entity by entity. */
function diffSnapshots(from, to, options = {}) {
    const settings = snapshots_withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = paths.map((file) => diffFile(file, before.get(file), after.get(file), settings));
    return snapshots_snapshotResult(files, settings);
}
/** The result around per-file diffs given sorted by path: the configuration versions and the single step. */
function snapshots_snapshotResult(files, settings) {
    const versions = snapshots_versionChange((0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'added').map((f) => ({ path: f.path, version: f.version.from ?? undefined }))), (0,config_version/* configurationVersion */.jq)(files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.path, version: f.version.to ?? undefined }))));
    const step = {
        from: settings.fromLabel,
        to: settings.toLabel,
        version: { from: versions.from, to: versions.to },
        summary: snapshots_stepSummary(versions, files),
    };
    return { from: settings.fromLabel, to: settings.toLabel, files, versions, migrationPath: [step] };
}
/**
 * One summary per consecutive pair of a chain of backups given in time order:
 * "1.1.0 → 1.2.0: +1 team, 2 workflows modified".
 */
function migrationPath(steps, options = {}) {
    const chain = [];
    for (let i = 1; i < steps.length; i++) {
        const older = steps[i - 1];
        const newer = steps[i];
        const result = diffSnapshots(older.files, newer.files, {
            ...options,
            fromLabel: older.name,
            toLabel: newer.name,
            patches: false,
        });
        const version = { from: older.configVersion, to: newer.configVersion };
        chain.push({ from: older.name, to: newer.name, version, summary: snapshots_stepSummary(version, result.files) });
    }
    return chain;
}

;// CONCATENATED MODULE: ./lib/core/diff/lazy.js



/**
 * Changed files are read a few at a time: enough to overlap reading with parsing, few enough
 * that memory holds a handful of files rather than a whole side.
 */
const READ_CONCURRENCY = 4;
/** `diffSnapshots` over lazy documents: the same result, reading only files whose hashes differ. */
async function diffLazySnapshots(from, to, options = {}) {
    const settings = withDefaults(options);
    const before = new Map(from.map((d) => [d.path, d]));
    const after = new Map(to.map((d) => [d.path, d]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const files = await mapLimit(paths, READ_CONCURRENCY, (file) => diffLazyFile(file, before.get(file), after.get(file), settings));
    return snapshotResult(files, settings);
}
/** One step of a migration path ("1.1.0 → 1.2.0: +1 team"), reading only the files that changed. */
async function lazyMigrationStep(older, newer, options = {}) {
    // Summaries need statuses and semantic changes only; per-file versions and patches are not shown.
    const result = await diffLazySnapshots(older.files, newer.files, {
        ...options,
        fromLabel: older.name,
        toLabel: newer.name,
        patches: false,
    });
    const version = { from: older.configVersion, to: newer.configVersion };
    return { from: older.name, to: newer.name, version, summary: stepSummary(version, result.files) };
}
async function diffLazyFile(file, from, to, settings) {
    if (isNonJson(file)) {
        if (from && to && from.sha256 === to.sha256 && from.size === to.size)
            return nonJsonUnchanged(file);
        // An added or removed file needs no content: the status says it all.
        if (!from || !to)
            return diffNonJson(file, from && new Uint8Array(), to && new Uint8Array());
        const [before, after] = await Promise.all([from.load(), to.load()]);
        return diffNonJson(file, before, after);
    }
    if (from && to && from.sha256 === to.sha256 && from.size === to.size) {
        // Same bytes on both sides, so either side's version is the file's: take the one known without reading.
        return unchangedFile(file, await versionOfDocument(from.version !== undefined ? from : to));
    }
    if (!from || !to) {
        const present = (from ?? to);
        const version = await versionOfDocument(present);
        const base = {
            path: file,
            changes: [],
            version: from ? versionChange(version, null) : versionChange(null, version),
        };
        return { ...base, status: from ? 'removed' : 'added', patch: null };
    }
    const [before, after] = await Promise.all([from.load(), to.load()]);
    return diffContent(file, parseDocument({ bytes: before }), parseDocument({ bytes: after }), settings);
}
async function versionOfDocument(document) {
    if (document.version !== undefined)
        return document.version;
    return versionOf(parseDocument({ bytes: await document.load() }));
}

;// CONCATENATED MODULE: ./lib/core/diff/index.js









;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./lib/core/config/select.js
var config_select = __nccwpck_require__(8080);
;// CONCATENATED MODULE: ./lib/core/config/git-tree.js




/** Runs git in `cwd`; the environment git gave the hook (GIT_INDEX_FILE for `commit <paths>`, GIT_DIR) is inherited. */
function git_tree_git(cwd, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new errors/* GitError */.XS(args, stderr.toString() || error.message));
            else
                resolve(stdout);
        });
    });
}
async function git_tree_repoRoot(cwd) {
    return (await git_tree_git(cwd, ['rev-parse', '--show-toplevel'])).toString().trim();
}
function git_tree_scopeFor(root, configDir, backupDir, selection) {
    const rel = (p) => {
        const r = external_node_path_.relative(root, p).split(external_node_path_.sep).join('/');
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? null : r;
    };
    const config = rel(configDir);
    if (config === null)
        throw new errors/* GitError */.XS(['rev-parse'], `the config dir ${configDir} is outside the repository ${root}`);
    return {
        configDir: config,
        backupDir: rel(backupDir),
        selection: { include: selection.include, exclude: selection.exclude, runtimeState: selection.runtimeState },
    };
}
/** Regular files under `pathspecs` in the index (`ref` null) or a commit: repo path → blob id. */
async function git_tree_listEntries(root, pathspecs, ref) {
    const listing = ref === null
        ? await git_tree_git(root, ['ls-files', '-s', '-z', '--', ...pathspecs])
        : await git_tree_git(root, ['ls-tree', '-r', '-z', ref, '--', ...pathspecs]);
    const entries = new Map();
    for (const record of splitZ(listing)) {
        const tab = record.indexOf('\t');
        const [mode, second, third] = record.slice(0, tab).split(' ');
        const oid = ref === null ? second : third;
        const stage = ref === null ? third : '0';
        // Symlinks (120000) and submodules (160000) hold a target, not a file; conflict stages are not content yet.
        if ((mode === '100644' || mode === '100755') && stage === '0' && oid)
            entries.set(record.slice(tab + 1), oid);
    }
    return entries;
}
/** The entries that are config files of `scope`, as config-dir-relative paths (same rules as a disk backup). */
function configEntries(entries, scope) {
    const leftOut = (0,config_select/* fileSelection */.B)(scope.selection);
    const prefix = scope.configDir === '' ? '' : `${scope.configDir}/`;
    const out = [];
    for (const [repoPath, oid] of entries) {
        if (!repoPath.startsWith(prefix))
            continue;
        if (scope.backupDir && (repoPath === scope.backupDir || repoPath.startsWith(`${scope.backupDir}/`)))
            continue;
        const rel = repoPath.slice(prefix.length);
        if (leftOut(rel) === null)
            out.push({ path: rel, oid });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Config documents for listed entries, every blob read through one `git cat-file` process. */
async function git_tree_documentsOf(root, ...sides) {
    const oids = [...new Set(sides.flat().map((e) => e.oid))];
    const blobs = await readBlobs(root, oids);
    const byOid = new Map(oids.map((oid, i) => [oid, blobs[i]]));
    return sides.map((side) => side.map((e) => ({ path: e.path, bytes: byOid.get(e.oid) })));
}
/** The config documents as recorded in the index (`ref` = null) or in a commit. */
async function git_tree_readTreeDocuments(root, scope, ref) {
    const entries = await git_tree_listEntries(root, [scope.configDir === '' ? '.' : scope.configDir], ref);
    const [docs] = await git_tree_documentsOf(root, configEntries(entries, scope));
    return docs ?? [];
}
/** Reads many blobs through one `git cat-file --batch` process. */
function readBlobs(root, oids) {
    if (oids.length === 0)
        return Promise.resolve([]);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new errors/* GitError */.XS(['cat-file'], stderr));
            const out = Buffer.concat(chunks);
            const blobs = [];
            let offset = 0;
            for (let i = 0; i < oids.length; i++) {
                const newline = out.indexOf(10, offset);
                const header = out.subarray(offset, newline).toString().split(' ');
                if (header[1] !== 'blob')
                    return reject(new errors/* GitError */.XS(['cat-file'], `object ${oids[i]} is ${header[1] ?? 'missing'}`));
                const size = Number(header[2]);
                blobs.push(out.subarray(newline + 1, newline + 1 + size));
                offset = newline + 1 + size + 1;
            }
            resolve(blobs);
        });
        child.stdin.end(`${oids.join('\n')}\n`);
    });
}
function splitZ(out) {
    return out
        .toString('utf8')
        .split('\0')
        .filter((s) => s !== '');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./lib/core/agents/front-matter.js

const OPENING = /^\uFEFF?---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;
/**
 * The agents a set of definition files defines. Problems in a file's front matter become
 * findings, never exceptions, and the file still defines the agent named by its stem: one bad
 * file should not also turn every reference to its agent into an "unknown agent".
 */
async function agentDefinitionsFrom(dir, files, memo = new Map()) {
    const definitions = [];
    const problems = [];
    // The YAML parser is loaded only when some file has front matter: the pre-commit hook pays
    // for every module it loads.
    let yaml;
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const file = external_node_path_.posix.join(dir, f.path);
        const stem = external_node_path_.posix.basename(f.path).replace(/\.md$/i, '');
        const lines = f.text.split(/\r?\n/);
        if (!OPENING.test(lines[0] ?? '')) {
            definitions.push({ name: stem, file });
            continue;
        }
        const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
        if (close === -1) {
            problems.push({
                kind: 'front-matter',
                file,
                line: 1,
                column: 1,
                message: 'front matter opened with "---" is never closed: Claude Code cannot read its name',
            });
            definitions.push({ name: stem, file });
            continue;
        }
        const text = lines.slice(1, close).join('\n');
        let found = memo.get(text) ?? simpleName(text);
        if (found === undefined) {
            yaml ??= await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(615)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4615));
            found = yaml.readName(text);
        }
        memo.set(text, found);
        if ('problem' in found) {
            // Front matter starts on the file's second line.
            problems.push({
                kind: 'front-matter',
                file,
                ...(found.line ? { line: found.line + 1, column: found.column ?? 1 } : {}),
                message: found.problem,
            });
            definitions.push({ name: stem, file });
        }
        else if (found.name === undefined)
            definitions.push({ name: stem, file });
        else
            definitions.push({ name: found.name, file, line: found.line + 1 });
    }
    return { dir, exists: true, definitions, problems };
}
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
/** Characters after which YAML could read a line other than as `key: text` (controls, other line breaks, BOM). */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Plain scalars YAML 1.2's core schema resolves to null, booleans or numbers, not to text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * `name:` from front matter written as most agent files are: one `key: text` per line, no
 * nesting, quoting only without escapes. For such text the answer is the YAML parser's, without
 * loading and warming up the parser (~3 ms a file on a cold start, which the hooks pay for every
 * agent file). Undefined for anything else: the parser decides then, errors and all.
 */
function simpleName(text) {
    if (UNUSUAL.test(text))
        return undefined;
    const keys = new Set();
    let found = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^ *$/.test(line) || line.startsWith('#'))
            continue;
        const match = KEY_LINE.exec(line);
        if (!match || line.length > 1000)
            return undefined;
        const [, key, raw = ''] = match;
        if (keys.has(key) || NOT_TEXT.test(key))
            return undefined;
        keys.add(key);
        const value = scalarText(raw);
        if (value === undefined)
            return undefined;
        if (key !== 'name')
            continue;
        if (value.text.trim() === '' || (!value.quoted && NOT_TEXT.test(value.text)))
            return undefined;
        found = { name: value.text.trim(), line: i + 1 };
    }
    return found;
}
/** A one-line scalar whose text is plain to see; undefined when YAML might read more into it. */
function scalarText(raw) {
    if (raw === '')
        return { text: '', quoted: false };
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
        const inner = raw.slice(1, -1);
        return raw.length >= 2 && raw.endsWith(quote) && !inner.includes(quote) && !inner.includes('\\')
            ? { text: inner, quoted: true }
            : undefined;
    }
    if (/^[-?:,[\]{}#&*!|>%@`]/.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #'))
        return undefined;
    return { text: raw, quoted: false };
}

;// CONCATENATED MODULE: ./lib/core/agents/read-disk.js




/**
 * Reads the agent definition files (`**\/*.md`) under the agents directory on disk. Undefined
 * when the setting turns them off; `exists: false` when there is no such directory.
 */
async function read_disk_readAgentDefinitions(options) {
    if (options.agentsDir === false)
        return undefined;
    const root = external_node_path_.resolve(options.configDir, options.agentsDir);
    const dir = external_node_path_.relative(external_node_path_.resolve(options.configDir), root).split(external_node_path_.sep).join('/') || '.';
    const isDir = await (0,promises_.stat)(root).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        return { dir, exists: false, definitions: [], problems: [] };
    const files = [];
    const unreadable = [];
    const cannotRead = (relative, error, what, consequence) => void unreadable.push({
        kind: 'unreadable',
        file: external_node_path_.posix.join(dir, relative),
        message: `cannot read ${what} (${(0,errors/* errnoOf */.UQ)(error) ?? String(error)}): ${consequence}`,
    });
    for (const relative of await listMarkdown(root, (folder, error) => cannotRead(folder, error, 'this folder', 'the agent files in it were not checked'))) {
        try {
            files.push({ path: relative, text: await (0,promises_.readFile)(external_node_path_.join(root, relative), 'utf8') });
        }
        catch (error) {
            cannotRead(relative, error, 'this agent file', 'Claude Code cannot load it either');
        }
    }
    const set = await agentDefinitionsFrom(dir, files, options.memo);
    return { ...set, problems: [...unreadable, ...set.problems] };
}
/**
 * Every `.md` file below `root`, relative to it. A symlink counts when it points at a file;
 * symlinked directories are not entered, so a link cycle cannot make the walk endless.
 */
async function listMarkdown(root, unreadable) {
    const found = [];
    const pending = [''];
    for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(external_node_path_.join(root, relative), { withFileTypes: true });
        }
        catch (error) {
            unreadable(relative, error);
            continue;
        }
        for (const entry of entries) {
            const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                pending.push(child);
            else if (!entry.name.toLowerCase().endsWith('.md'))
                continue;
            else if (entry.isFile())
                found.push(child);
            else if (entry.isSymbolicLink() &&
                (await (0,promises_.stat)(external_node_path_.join(root, child)).then((s) => s.isFile(), () => false)))
                found.push(child);
        }
    }
    return found.sort();
}

;// CONCATENATED MODULE: ./lib/core/agents/read-git.js



/** `<agentsDir>` relative to the repository root, `/`-separated; null when it lies outside the repository. */
function agentsDirInRepo(root, configDir, agentsDir) {
    const rel = external_node_path_.relative(root, external_node_path_.resolve(configDir, agentsDir)).split(external_node_path_.sep).join('/');
    return rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? null : rel;
}
/** The agents directory as findings name it: relative to the config dir, `/`-separated. */
function agentsDirLabel(configDir, agentsDir) {
    return external_node_path_.relative(external_node_path_.resolve(configDir), external_node_path_.resolve(configDir, agentsDir)).split(external_node_path_.sep).join('/') || '.';
}
/**
 * The agent definition files recorded under `<agentsDir>` in a commit (`ref`) or in the index
 * (`ref` null), read from git's objects: nothing is checked out. Only regular files count (git
 * records a symlink's target, not the file it points at). `exists: false` when git records no
 * file under the directory at that point.
 */
async function read_git_readAgentDefinitionsAt(root, options) {
    const inRepo = agentsDirInRepo(root, options.configDir, options.agentsDir);
    if (inRepo === null)
        return undefined;
    const [set] = await agentDefinitionsFromEntries(root, inRepo, agentsDirLabel(options.configDir, options.agentsDir), [await listEntries(root, [inRepo === '' ? '.' : inRepo], options.ref)], options.memo);
    return set;
}
/** The definition files among listed entries (repo path → blob id), and whether git records the directory at all. */
function agentEntries(entries, inRepo) {
    const prefix = inRepo === '' ? '' : `${inRepo}/`;
    const files = [];
    let exists = false;
    for (const [repoPath, oid] of entries) {
        if (!repoPath.startsWith(prefix))
            continue;
        exists = true;
        if (repoPath.toLowerCase().endsWith('.md'))
            files.push({ path: repoPath.slice(prefix.length), oid });
    }
    return { exists, files };
}
/** The agents one side defines, from its listed files and their blobs' content. */
async function agentSetOf(label, side, documents, memo) {
    if (!side.exists)
        return { dir: label, exists: false, definitions: [], problems: [] };
    return agentDefinitionsFrom(label, documents.map((d) => ({ path: d.path, text: Buffer.from(d.bytes).toString('utf8') })), memo);
}
/** Each side's agents from its listed entries, all blobs read through one `git cat-file`, each distinct front matter read once. */
async function agentDefinitionsFromEntries(root, inRepo, label, sides, memo = new Map()) {
    const listed = sides.map((entries) => agentEntries(entries, inRepo));
    const docs = await documentsOf(root, ...listed.map((side) => side.files));
    const sets = [];
    for (const [i, side] of listed.entries())
        sets.push(await agentSetOf(label, side, docs[i] ?? [], memo));
    return sets;
}

// EXTERNAL MODULE: ./lib/core/inspect/backup-files.js
var backup_files = __nccwpck_require__(8478);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var snapshot = __nccwpck_require__(936);
// EXTERNAL MODULE: ./lib/core/store/store.js + 2 modules
var store = __nccwpck_require__(2581);
;// CONCATENATED MODULE: ./lib/core/judge/point.js







const WORK_TREE = 'work tree';
/**
 * The agent definition files that go with a point. A git revision or the index has its own
 * `<agentsDir>`, read from git's objects (a change that deletes an agent file is judged as one).
 * A backup holds only the config dir, so for a backup, the live config or documents handed in,
 * the work tree's files stand in; so they do when `<agentsDir>` lies outside the repository.
 */
async function readAgentsAt(point, where) {
    if (where.agentsDir === false)
        return { agents: undefined, agentsFrom: undefined };
    if (point.kind === 'git') {
        const root = await repoRoot(point.cwd);
        const agents = await readAgentDefinitionsAt(root, {
            configDir: point.configDir,
            agentsDir: where.agentsDir,
            ref: point.ref,
            ...(where.memo ? { memo: where.memo } : {}),
        });
        if (agents)
            return { agents, agentsFrom: point.ref === null ? 'git index' : `git ${point.ref}` };
    }
    const agents = await readAgentDefinitions({
        configDir: where.configDir,
        agentsDir: where.agentsDir,
        ...(where.memo ? { memo: where.memo } : {}),
    });
    return { agents, agentsFrom: WORK_TREE };
}
function pointLabel(point) {
    switch (point.kind) {
        case 'dir':
            return 'current';
        case 'backup':
            return point.name;
        case 'git':
            return point.ref ?? 'staged';
        case 'documents':
            return point.label;
    }
}
async function readPoint(point, settings) {
    const label = pointLabel(point);
    switch (point.kind) {
        case 'dir':
            try {
                const snapshot = await readSnapshot({ configDir: point.configDir, backupDir: point.backupDir, settings });
                return { label, documents: snapshot.files, exists: true };
            }
            catch (error) {
                if (error instanceof ConfigDirNotFoundError)
                    return { label, documents: [], exists: false };
                throw error;
            }
        case 'backup':
            return { label, documents: (await readBackupFiles(point.backupDir, point.name)).files, exists: true };
        case 'git': {
            const root = await repoRoot(point.cwd);
            const scope = scopeFor(root, point.configDir, point.backupDir, settings);
            const documents = await readTreeDocuments(root, scope, point.ref);
            return { label, documents, exists: documents.length > 0 };
        }
        case 'documents':
            return { label, documents: point.documents, exists: true };
    }
}
/**
 * What `--since REF` names: a backup when the store has one of that name, else (inside a git
 * work tree) a git revision, which is read from git's objects and never checked out.
 */
async function resolveSince(ref, where) {
    if ((await backupNames(where.backupDir).catch(() => [])).includes(ref))
        return { kind: 'backup', backupDir: where.backupDir, name: ref };
    // `--` cannot follow --verify; a ref starting with '-' would be read as an option.
    if (!ref.startsWith('-')) {
        const isRevision = await git(where.cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(() => true, () => false);
        if (isRevision)
            return { kind: 'git', cwd: where.cwd, configDir: where.configDir, backupDir: where.backupDir, ref };
    }
    const inGit = await git(where.cwd, ['rev-parse', '--is-inside-work-tree']).then((out) => out.toString().trim() === 'true', () => false);
    throw new UnknownRevisionError(ref, inGit);
}

// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __nccwpck_require__(2393);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 11 modules
var validate = __nccwpck_require__(9301);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./lib/core/judge/leftovers.js


/** Entity renames of a diff whose ids are strings (old id → new id), in diff order. */
function renamesOf(diff) {
    const renames = [];
    for (const file of diff.files) {
        for (const change of file.changes) {
            if (change.change !== 'renamed' || typeof change.from !== 'string' || typeof change.to !== 'string')
                continue;
            renames.push({ kind: change.kind ?? 'Entity', from: change.from, to: change.to, file: file.path });
        }
    }
    return renames;
}
/**
 * Every string value (never a key) in `documents` equal to a renamed entity's old id, whatever
 * key holds it: a reviewer reads `"primary": "tech-lead"` after tech-lead was renamed as a
 * reference the rename left behind, whether or not `primary` is a known reference key.
 */
function findLeftovers(renames, documents, stillDefined = new Set()) {
    const live = renames.filter((r) => !stillDefined.has(r.from));
    const found = new Map(live.map((r) => [r.from, []]));
    if (live.length > 0) {
        for (const doc of documents) {
            const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
            if (!decoded.ok)
                continue;
            const text = decoded.text;
            // A cheap look for the ids as text first: most files name none of them.
            if (!live.some((r) => text.includes(r.from)))
                continue;
            if (!(0,json/* parseJson */.qF)(text).ok)
                continue;
            (0,main.visit)(text, {
                onLiteralValue: (value, offset, length, startLine, startCharacter, pathSupplier) => {
                    if (typeof value !== 'string')
                        return;
                    const list = found.get(value);
                    if (!list)
                        return;
                    const pointer = pathSupplier()
                        .map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`)
                        .join('');
                    list.push({ file: doc.path, line: startLine + 1, column: startCharacter + 1, pointer, offset, length });
                },
            });
        }
    }
    return renames.map((r) => ({ ...r, remaining: stillDefined.has(r.from) ? [] : [...(found.get(r.from) ?? [])] }));
}

;// CONCATENATED MODULE: ./lib/core/judge/judge.js





/** Codes of findings that are a reference to something the config does not define. */
const BROKEN_REFERENCE_CODES = new Set(['unknown-agent', 'renamed-reference']);
/**
 * Judges a change the way a reviewer does: both sides are validated, and each finding is
 * labelled new (introduced by the change), fixed or existing. Findings are matched by what they
 * are about (code, file, subject, pointer without array indices), never by line, so moving text
 * makes nothing new. Renamed entities are followed through: every string in `after` still equal
 * to an old id is a leftover reference, and a broken one.
 */
async function judgeChange(before, after, options = {}) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const validation = { settings, ...(options.trustedSchemas ? { trustedSchemas: options.trustedSchemas } : {}) };
    const [beforeReport, afterReport] = await Promise.all([
        (0,validate/* validateDocuments */.$)(before.documents, { ...validation, agents: before.agents }),
        (0,validate/* validateDocuments */.$)(after.documents, { ...validation, agents: after.agents }),
    ]);
    const diff = options.diff ??
        diffSnapshots(before.documents, after.documents, {
            fromLabel: before.label,
            toLabel: after.label,
            patches: false,
            secretKeys: settings.secretKeys,
        });
    const defined = definedAgents(after.documents);
    for (const definition of after.agents?.definitions ?? [])
        defined.add(definition.name);
    const renames = findLeftovers(renamesOf(diff), after.documents, defined);
    const problems = (list) => list.filter((d) => d.severity !== 'info');
    const labelled = labelFindings(problems(beforeReport.diagnostics), problems(afterReport.diagnostics));
    const renamedFrom = new Map(renames.map((r) => [r.from, r]));
    // A reference a change breaks blocks like an error. A config that did not exist before
    // breaks nothing: its dangling references keep their own severity (a first commit, a first PR).
    const hadConfig = before.exists && before.documents.length > 0;
    const added = labelled.new.map((d) => hadConfig && BROKEN_REFERENCE_CODES.has(d.code)
        ? brokenReference(d, d.subject === undefined ? undefined : renamedFrom.get(d.subject))
        : d);
    added.push(...leftoverFindings(renames, added));
    if (before.documents.length > 0 && after.documents.length === 0) {
        added.unshift({
            severity: 'error',
            code: 'config-removed',
            message: `all ${before.documents.length} config file${before.documents.length === 1 ? '' : 's'} that ${before.label} had ${before.documents.length === 1 ? 'is' : 'are'} gone${after.exists ? '' : ' (the config directory is missing)'}: ${before.documents.map((d) => d.path).join(', ')}`,
        });
    }
    added.sort(bySeverity);
    const strict = options.strict ?? false;
    const fails = added.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
    return {
        since: before.label,
        to: after.label,
        verdict: fails ? 'fail' : 'pass',
        strict,
        new: added,
        fixed: labelled.fixed,
        existing: labelled.existing,
        renames,
        agentsFrom: {
            before: before.agents ? (before.agentsFrom ?? null) : null,
            after: after.agents ? (after.agentsFrom ?? null) : null,
        },
        reports: { before: beforeReport, after: afterReport },
    };
}
const withoutIndices = (pointer) => (pointer ?? '').replace(/\/\d+(?=\/|$)/g, '/#');
/** What a finding is about: the same problem keeps this key when lines move or array items shift. */
function fineKey(d) {
    return [d.code, d.file ?? '', d.subject ?? '', withoutIndices(d.pointer)].join('\0');
}
/** A subject named in the same file by the same rule: the reference moved to another key. */
function coarseKey(d) {
    return d.subject === undefined ? undefined : [d.code, d.file ?? '', d.subject].join('\0');
}
/**
 * Pairs findings of the two sides, many to many as multisets: first by their fine key, then
 * the rest by subject. What `after` keeps unpaired is new, what `before` keeps is fixed.
 */
function labelFindings(before, after) {
    const pool = new Map();
    for (const d of before) {
        const key = fineKey(d);
        const list = pool.get(key);
        if (list)
            list.push(d);
        else
            pool.set(key, [d]);
    }
    const existing = [];
    const unpaired = [];
    for (const d of after) {
        if (pool.get(fineKey(d))?.shift())
            existing.push(d);
        else
            unpaired.push(d);
    }
    const coarse = new Map();
    for (const list of pool.values()) {
        for (const d of list) {
            const key = coarseKey(d);
            if (key === undefined)
                continue;
            const bucket = coarse.get(key);
            if (bucket)
                bucket.push(d);
            else
                coarse.set(key, [d]);
        }
    }
    const paired = new Set();
    const added = [];
    for (const d of unpaired) {
        const key = coarseKey(d);
        const match = key === undefined ? undefined : coarse.get(key)?.shift();
        if (match) {
            paired.add(match);
            existing.push(d);
        }
        else
            added.push(d);
    }
    const fixed = [...pool.values()].flat().filter((d) => !paired.has(d));
    return { new: added, fixed, existing };
}
/** A reference the change broke blocks like an error, and says when a rename broke it. */
function brokenReference(d, rename) {
    if (!rename)
        return { ...d, severity: 'error' };
    return { ...d, severity: 'error', message: renamedMessage(rename) };
}
function renamedMessage(rename) {
    return `${rename.kind} '${rename.from}' was renamed to '${rename.to}' in ${rename.file}; this reference still uses '${rename.from}'`;
}
/** Leftovers of renames that no validation rule reported already (their key is not a reference key). */
function leftoverFindings(renames, reported) {
    const seen = new Set(reported.map((d) => `${d.file}\0${d.pointer}`));
    return renames.flatMap((rename) => rename.remaining
        .filter((r) => !seen.has(`${r.file}\0${r.pointer}`))
        .map((r) => ({
        severity: 'error',
        code: 'renamed-reference',
        subject: rename.from,
        file: r.file,
        pointer: r.pointer,
        line: r.line,
        column: r.column,
        message: renamedMessage(rename),
    })));
}
/** Agents teams.json defines (members and orchestrators): an old id still defined is no leftover. */
function definedAgents(documents) {
    const agents = new Set();
    const teamsDoc = documents.find((d) => d.path === 'teams.json');
    const decoded = teamsDoc && (0,json/* decodeUtf8 */._6)(teamsDoc.bytes);
    const parsed = decoded?.ok ? (0,json/* parseJson */.qF)(decoded.text) : undefined;
    const teams = parsed?.ok ? parsed.value?.teams : undefined;
    if (typeof teams !== 'object' || teams === null)
        return agents;
    for (const team of Object.values(teams)) {
        if (typeof team !== 'object' || team === null)
            continue;
        const { orchestrator, members } = team;
        if (typeof orchestrator === 'string')
            agents.add(orchestrator);
        if (Array.isArray(members))
            for (const m of members)
                if (typeof m?.agent === 'string')
                    agents.add(m.agent);
    }
    return agents;
}
const RANK = { error: 0, warning: 1, info: 2 };
function bySeverity(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
// Code-unit order: localeCompare would load ICU's collator, time the pre-commit hook cannot spare.
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/core/hook/pre-commit.js







/**
 * What the pre-commit hook does once configs are staged: judge the staged content (read from
 * the index, so `git add -p` is honoured) against HEAD, refusing a commit that introduces an
 * error or breaks a reference (what HEAD already had never blocks), then back up the state
 * being replaced (the configs in HEAD). It never stages, commits or deletes anything.
 */
async function preCommit(options) {
    const root = options.root ?? (await git_tree_repoRoot(options.cwd));
    const scope = git_tree_scopeFor(root, options.configDir, options.backupDir, options.settings);
    const watched = [scope.configDir === '' ? '.' : scope.configDir, ...(scope.backupDir ? [scope.backupDir] : [])];
    const { agentsDir } = options.settings;
    const agentsInRepo = agentsDir === false ? null : agentsDirInRepo(root, options.configDir, agentsDir);
    // Index against HEAD from two listings: cheaper than `git diff` plus listings, and a failing
    // ls-tree is how an unborn branch (first commit) shows. The agents dir rides along in them.
    const listed = agentsInRepo === null ? watched : [...watched, agentsInRepo === '' ? '.' : agentsInRepo];
    const [index, head] = await Promise.all([
        git_tree_listEntries(root, listed, null),
        git_tree_listEntries(root, listed, 'HEAD').catch(() => null),
    ]);
    const inWatched = (p) => watched.some((w) => w === '.' || p === w || p.startsWith(`${w}/`));
    const staged = [...new Set([...index.keys(), ...(head?.keys() ?? [])])]
        .filter((p) => inWatched(p) && index.get(p) !== head?.get(p))
        .sort();
    if (scope.backupDir) {
        const backups = staged.filter((p) => p === scope.backupDir || p.startsWith(`${scope.backupDir}/`));
        if (backups.length > 0)
            return { status: 'blocked', reason: 'backup-files-staged', paths: backups };
    }
    if (staged.length === 0)
        return { status: 'no-config-changes' };
    // Config files and agent files of both sides: every blob through one `git cat-file`.
    const agentSides = agentsInRepo === null ? [] : [agentEntries(index, agentsInRepo), agentEntries(head ?? new Map(), agentsInRepo)];
    const [after = [], before = [], agentsAfter = [], agentsBefore = []] = await git_tree_documentsOf(root, configEntries(index, scope), head ? configEntries(head, scope) : [], ...agentSides.map((side) => side.files));
    const diff = diffSnapshots(before, after, {
        fromLabel: 'HEAD',
        toLabel: 'staged',
        secretKeys: options.settings.secretKeys,
        patches: false,
    });
    const agents = await agentsOfBothSides(options, agentsInRepo === null ? null : { sides: agentSides, documents: [agentsAfter, agentsBefore] });
    const judgement = await judgeChange({ label: 'HEAD', documents: before, exists: before.length > 0, ...agents.before }, { label: 'staged', documents: after, exists: after.length > 0, ...agents.after }, { settings: options.settings, diff });
    const validation = judgement.reports.after;
    if (judgement.verdict === 'fail')
        return { status: 'blocked', reason: 'invalid', staged, validation, judgement };
    if (!head) {
        return {
            status: 'passed',
            staged,
            validation,
            judgement,
            backup: { made: false, note: 'first commit: nothing to back up yet' },
        };
    }
    if (before.length === 0) {
        return {
            status: 'passed',
            staged,
            validation,
            judgement,
            backup: { made: false, note: 'HEAD has no config files: nothing to back up' },
        };
    }
    const { description, major } = describeCommit(diff, options.settings.hook);
    const tags = ['pre-commit', ...(major.length > 0 ? ['major'] : [])];
    const result = await (0,create/* createBackup */.d)({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
        lockTimeoutMs: options.lockTimeoutMs,
        documents: before,
        trigger: 'pre-commit',
        tags,
        description,
        allowInvalid: true,
        skipIfStored: true,
        ...(options.faults ? { faults: options.faults } : {}),
    });
    const backup = result.created
        ? { made: true, name: result.name, note: `safety backup ${result.name}`, description, tags }
        : { made: false, note: `HEAD's configs are already backed up as ${result.unchangedSince}` };
    return { status: 'passed', staged, validation, judgement, backup };
}
/**
 * The agent definition files of HEAD and of the index, as the commit records them (a commit that
 * deletes an agent file a team names is judged as breaking it). An agents dir outside the
 * repository (`inGit` null) is read from the disk for both sides; none when the setting is off.
 */
async function agentsOfBothSides(options, inGit) {
    const { agentsDir } = options.settings;
    if (agentsDir === false)
        return { before: {}, after: {} };
    if (inGit === null) {
        const agents = await read_disk_readAgentDefinitions({ configDir: options.configDir, agentsDir });
        return agents
            ? { before: { agents, agentsFrom: WORK_TREE }, after: { agents, agentsFrom: WORK_TREE } }
            : { before: {}, after: {} };
    }
    const label = agentsDirLabel(options.configDir, agentsDir);
    const memo = new Map();
    const after = await agentSetOf(label, inGit.sides[0], inGit.documents[0] ?? [], memo);
    const before = await agentSetOf(label, inGit.sides[1], inGit.documents[1] ?? [], memo);
    return { before: { agents: before, agentsFrom: 'git HEAD' }, after: { agents: after, agentsFrom: 'git index' } };
}
/**
 * "before commit: teams.json: +1 team; version 1.1.0 → 1.2.0", and why the change is major:
 * version upgrades, removed entities or files, and bulk changes get the `major` tag so
 * retention can keep them longer.
 */
function describeCommit(diff, thresholds) {
    const changed = diff.files.filter((f) => f.status !== 'unchanged');
    const parts = changed.map((f) => `${f.path}: ${f.status === 'modified' ? summarizeChanges(f) : f.status}`);
    const major = [];
    const versionChanged = diff.versions.from !== diff.versions.to ||
        changed.some((f) => f.version.from !== f.version.to && f.status === 'modified');
    if (diff.versions.from !== diff.versions.to)
        parts.push(`version ${diff.versions.from ?? 'none'} → ${diff.versions.to ?? 'none'}`);
    if (versionChanged)
        major.push('version upgrade');
    const removedEntities = changed
        .flatMap((f) => f.changes)
        .filter((c) => c.change === 'removed' && c.kind !== null).length;
    if (removedEntities > 0 || changed.some((f) => f.status === 'removed'))
        major.push('removals');
    const entityChanges = changed.flatMap((f) => f.changes).filter((c) => c.kind !== null && c.change !== 'value').length;
    if (changed.length >= thresholds.bulkFiles || entityChanges >= thresholds.bulkEntities)
        major.push('bulk change');
    const text = `before commit: ${parts.join('; ') || 'formatting only'}${major.length ? ` (major: ${major.join(', ')})` : ''}`;
    return { description: text.length > 300 ? `${text.slice(0, 299)}…` : text, major };
}

;// CONCATENATED MODULE: ./lib/render/diagnostic-groups.js
const SHOW_LINES = 12;
const SHOW_ALIKE = 20;
/**
 * Findings as readers want them: one line per thing (an unknown agent referenced 11 times is
 * one line naming its 11 lines), and a long run of notes of one kind as one line. The findings
 * themselves stay one per place, for the JSON output and for judging a change.
 */
function diagnostic_groups_groupDiagnostics(items, foldNotesAbove = 5) {
    const groups = [];
    const bySubject = new Map();
    for (const d of items) {
        const key = d.subject === undefined ? undefined : [d.severity, d.code, d.file ?? '', d.subject].join('\0');
        const group = key === undefined ? undefined : bySubject.get(key);
        if (group)
            group.more.push(d);
        else {
            const created = { first: d, more: [], alike: [] };
            groups.push(created);
            if (key !== undefined)
                bySubject.set(key, created);
        }
    }
    const notesPerCode = new Map();
    for (const g of groups) {
        if (g.first.severity !== 'info' || g.first.subject === undefined)
            continue;
        const list = notesPerCode.get(g.first.code) ?? [];
        list.push(g);
        notesPerCode.set(g.first.code, list);
    }
    const folded = new Set();
    for (const list of notesPerCode.values()) {
        if (list.length <= foldNotesAbove)
            continue;
        const [head, ...rest] = list;
        head.alike = rest.map((g) => g.first.subject);
        for (const g of rest)
            folded.add(g);
    }
    return groups.filter((g) => !folded.has(g));
}
/** What follows a group's message: " (+10 more: lines 92, 104, …)", " (and 30 more like it: a, b, …)". */
function diagnostic_groups_groupNote(group) {
    if (group.more.length > 0) {
        const lines = group.more.filter((d) => d.line !== undefined).map((d) => d.line);
        const shown = lines.slice(0, SHOW_LINES).join(', ') + (lines.length > SHOW_LINES ? ', …' : '');
        return ` (+${group.more.length} more${lines.length > 0 ? `: line${lines.length > 1 ? 's' : ''} ${shown}` : ''})`;
    }
    if (group.alike.length > 0) {
        const shown = group.alike.slice(0, SHOW_ALIKE).join(', ') + (group.alike.length > SHOW_ALIKE ? ', …' : '');
        return ` (and ${group.alike.length} more like it: ${shown})`;
    }
    return '';
}

// EXTERNAL MODULE: ./lib/cli/remedy.js
var remedy = __nccwpck_require__(8056);
;// CONCATENATED MODULE: ./lib/render/format.js

function plainContext(now = new Date()) {
    return { colors: pc.createColors(false), displayPath: (p) => p, now };
}
/** `512 B`, `3.2 KB`, `1.5 MB`: binary units with these short labels. */
function format_formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
// Built on first use: loading ICU's relative-time data costs ~15 ms, which the hook should not pay.
let relativeFormat;
const relative = {
    format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit),
};
/** "just now", "5 minutes ago", "2 hours ago", "yesterday", "5 days ago", "3 months ago". */
function format_formatAge(then, now) {
    const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
    if (seconds < 0)
        return 'in the future';
    if (seconds < 45)
        return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 45)
        return relative.format(-minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (hours < 22)
        return relative.format(-hours, 'hour');
    const days = Math.round(hours / 24);
    if (days < 26)
        return relative.format(-days, 'day');
    const months = Math.round(days / 30.44);
    if (months < 11)
        return relative.format(-Math.max(1, months), 'month');
    return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}
/** `2024-01-20 10:30:45 UTC` */
function format_formatTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
function format_heading(title, rule = '=') {
    return `${title}\n${rule.repeat(title.length)}`;
}
function format_plural(count, word, pluralWord = `${word}s`) {
    return `${count} ${count === 1 ? word : pluralWord}`;
}

// EXTERNAL MODULE: ./lib/core/config/scan.js
var scan = __nccwpck_require__(9877);
;// CONCATENATED MODULE: ./lib/render/text.js



function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            heading('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${formatAge(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        heading('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${formatSize(f.size)})`),
        ...result.skipped.filter(isSkipProblem).map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        ...leftOutLines(result.skipped),
        '',
        'Manifest:',
        `  - Total Size: ${formatSize(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${formatSize(m.storedSize)} on disk)`);
    if (m.description)
        lines.push(`  - Description: ${m.description}`);
    if (m.tags.length > 0)
        lines.push(`  - Tags: ${m.tags.join(', ')}`);
    lines.push('', validationLine(result.validation, ctx), '', c.green('✅ Backup completed successfully!'));
    for (const warning of result.warnings)
        lines.push(`${c.yellow('⚠️')}  ${warning}`);
    lines.push('');
    return lines.join('\n');
}
/** Names shown per reason a file was left out; `create --json` lists them all. */
const LEFT_OUT_NAMES = 3;
/** "Left out: 2 runtime state (setting runtimeState): state/run.json, team.lock" — counts and a few names per reason. */
function leftOutLines(skipped) {
    const byReason = new Map();
    for (const entry of skipped) {
        if (isSkipProblem(entry))
            continue;
        byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.path]);
    }
    if (byReason.size === 0)
        return [];
    const lines = ['', 'Left Out (not backed up):'];
    for (const [reason, paths] of byReason) {
        const more = paths.length > LEFT_OUT_NAMES ? `, +${paths.length - LEFT_OUT_NAMES} more` : '';
        lines.push(`  ${paths.length} ${reason}: ${paths.slice(0, LEFT_OUT_NAMES).join(', ')}${more}`);
    }
    return lines;
}
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${plural(errors, 'error')}`)}, ${plural(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${plural(warnings, 'warning')}`)} (run: orch-backup validate)`;
    return '📋 Validation: All configurations valid';
}
function renderList(result, retention, ctx) {
    const { colors: c } = ctx;
    // The seed's underline is one character longer than the title; kept so scripts matching it still work.
    const lines = ['Available Configuration Backups', '='.repeat(32), ''];
    if (result.backups.length === 0)
        lines.push('No backups yet. Create one with: orch-backup create -m "why"');
    else
        lines.push('Recent Backups:');
    result.backups.forEach((b, i) => {
        const version = b.configVersion ? ` | v${b.configVersion.replace(/^v/, '')}` : '';
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${formatAge(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${formatTime(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${formatSize(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible
                ? c.green('✅ compatible')
                : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
            lines.push(`     Restore: ${verdict} | vs current: ${b.comparison.summary}`);
        }
        lines.push('');
    });
    if (result.damaged.length > 0) {
        lines.push(c.red('Damaged Backups (not restorable; run orch-backup verify for details):'));
        for (const d of result.damaged)
            lines.push(`  ❌ ${d.name}: ${d.problems[0] ?? 'unknown problem'}`);
        lines.push('');
    }
    lines.push(`Storage: ${formatSize(result.storage.bytes)} used (${plural(result.storage.backups, 'backup')})`);
    lines.push(`Retention: ${describeRetention(retention)}`);
    return `${lines.join('\n')}\n`;
}
/** "Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y" */
function describeRetention(policy) {
    const parts = [];
    const count = (n, word) => {
        if (n !== undefined && n !== 0)
            parts.push(`${n === -1 ? 'all' : `last ${n}`} ${word}`.trim());
    };
    count(policy.last, '');
    count(policy.hourly, 'hourly');
    count(policy.daily, 'daily');
    count(policy.weekly, 'weekly');
    count(policy.monthly, 'monthly');
    count(policy.yearly, 'yearly');
    if (policy.within)
        parts.push(`all within ${policy.within}`);
    const windows = [
        [policy.withinHourly, 'hourly'],
        [policy.withinDaily, 'daily'],
        [policy.withinWeekly, 'weekly'],
        [policy.withinMonthly, 'monthly'],
        [policy.withinYearly, 'yearly'],
    ];
    for (const [duration, word] of windows)
        if (duration)
            parts.push(`${word} for ${duration}`);
    for (const tags of policy.tags ?? [])
        parts.push(`tagged ${tags.join('+')}`);
    return parts.length > 0 ? `Keeping ${parts.join(' + ')}` : 'none configured';
}
function renderShow(loaded, ctx) {
    const m = loaded.manifest;
    const lines = [heading(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${formatTime(m.createdAt)} (${formatAge(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${formatSize(m.totalSize)} in ${plural(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${formatSize(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation
        ? `${m.validation.status} (${plural(m.validation.errors, 'error')}, ${plural(m.validation.warnings, 'warning')})`
        : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${formatSize(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${plural(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0
        ? c.green(`✅ ${plural(results.length, 'backup')} verified, all intact`)
        : c.red(`❌ ${damaged} of ${plural(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Configuration Validation'), `📁 ${source} (${plural(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const g of groupDiagnostics(items))
            lines.push(`  ${text_location(g.first)}  ${g.first.message}${groupNote(g)}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid'
        ? c.red('❌ INVALID')
        : report.status === 'needs-attention'
            ? c.yellow('⚠️ NEEDS ATTENTION')
            : c.green('✅ VALID');
    lines.push(`Overall Status: ${status}`);
    return `${lines.join('\n')}\n`;
}
function text_location(d) {
    if (!d.file)
        return '(config)';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

;// CONCATENATED MODULE: ./lib/render/verdict.js

const BROKEN = new Set(['unknown-agent', 'renamed-reference']);
function isBrokenReference(f) {
    return BROKEN.has(f.code);
}
/** "❌ This change breaks 6 agent references (23 places)", "✅ No new problems (4 were already there)". */
function verdictHeadline(j) {
    const broken = j.new.filter(isBrokenReference);
    const subjects = new Set(broken.map((f) => f.subject ?? f.message));
    const blocking = (f) => f.severity === 'error' || (j.strict && f.severity === 'warning');
    const others = j.new.filter((f) => !isBrokenReference(f) && blocking(f));
    const already = j.existing.length > 0 ? ` (${j.existing.length} ${j.existing.length === 1 ? 'was' : 'were'} already there)` : '';
    if (j.verdict === 'fail') {
        const otherText = (lead) => {
            const errors = others.filter((f) => f.severity === 'error').length;
            const warnings = others.length - errors;
            return [
                errors > 0 ? `${lead}${format_plural(errors, 'error')}` : '',
                warnings > 0 ? `${errors > 0 ? ' and ' : lead}${format_plural(warnings, 'new warning')}` : '',
            ].join('');
        };
        if (broken.length > 0) {
            const what = broken.every((f) => f.message.startsWith("Agent '")) ? 'agent reference' : 'reference';
            const places = broken.length !== subjects.size ? ` (${format_plural(broken.length, 'place')})` : '';
            const more = others.length > 0 ? otherText(' and introduces ').replace(/ (error|new warning)/, ' other $1') : '';
            return { icon: '❌', text: `This change breaks ${format_plural(subjects.size, what)}${places}${more}` };
        }
        return { icon: '❌', text: `This change introduces ${otherText('')}` };
    }
    const fixed = j.fixed.length > 0 ? `; it fixes ${j.fixed.length}` : '';
    const warnings = j.new.filter((f) => f.severity === 'warning').length;
    if (warnings > 0)
        return { icon: '⚠️', text: `No new errors, ${format_plural(warnings, 'new warning')}${fixed}${already}` };
    return { icon: '✅', text: `No new problems${fixed}${already}` };
}
/** "Agent 'tech-lead' was renamed to 'engineering-lead'; 11 references still use 'tech-lead'" */
function renameSentence(r) {
    const left = r.remaining.length === 0
        ? 'no reference uses the old id'
        : `${format_plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
    return `${r.kind} '${r.from}' was renamed to '${r.to}'; ${left}`;
}
/** The renames that left references behind. */
function renamesWithLeftovers(j) {
    return j.renames.filter((r) => r.remaining.length > 0);
}
/** A shell word: quoted only when it has to be. */
function shellWord(text) {
    return /^[\w@%+=:,./~^-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The one-line fix command for the leftovers of a judgement against `since`. */
function fixCommand(since, where = {}) {
    const dirs = [
        where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '',
        where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : '',
    ].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}

// EXTERNAL MODULE: ./lib/core/config/discover.js
var discover = __nccwpck_require__(1959);
;// CONCATENATED MODULE: ./lib/cli/hook-run.js









// Apart from the installer (hook-command.ts): the pre-commit bundle loads this file alone.
const BYPASS = 'bypass (not recommended): git commit --no-verify';
/** The husky hook's Node half; everything it says goes to stderr, where git shows hook output. */
async function hookRunCommand(opts, cwd, say, root) {
    try {
        const outcome = await preCommit({
            cwd,
            ...(root ? { root } : {}),
            configDir: opts.configDir,
            backupDir: opts.backupDir,
            settings: opts.settings,
            lockTimeoutMs: opts.lockTimeoutMs,
            faults: opts.faults,
        });
        if (outcome.status === 'no-config-changes')
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.ok };
        if (outcome.status === 'blocked' && outcome.reason === 'backup-files-staged') {
            say(`orch-backup: commit blocked: backup files are staged (${outcome.paths.slice(0, 3).join(', ')}${outcome.paths.length > 3 ? ', …' : ''}); unstage them with: git restore --staged -- ${external_node_path_.relative(cwd, opts.backupDir) || '.'}; ${BYPASS}\n`);
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.failed };
        }
        const { judgement } = outcome;
        const lines = diagnostic_groups_groupDiagnostics(judgement.new.filter((d) => d.severity !== 'info')).map((g) => `  ${g.first.severity === 'error' ? '❌' : '⚠️ '} ${text_location(g.first)}  ${g.first.message}${diagnostic_groups_groupNote(g)}`);
        const already = judgement.existing.length > 0
            ? `orch-backup: ${format_plural(judgement.existing.length, 'problem')} already in HEAD (not blocking; see: orch-backup validate)\n`
            : '';
        if (outcome.status === 'blocked') {
            const headline = verdictHeadline(judgement);
            const leftovers = renamesWithLeftovers(judgement);
            const configDir = external_node_path_.relative(cwd, opts.configDir) || '.';
            const fix = leftovers.length > 0
                ? `${leftovers.map((r) => `  ${renameSentence(r)}: ${r.remaining.slice(0, 3).map(text_location).join(', ')}${r.remaining.length > 3 ? ', …' : ''}`).join('\n')}\nFix them all: ${fixCommand('HEAD', configDir === discover/* DEFAULT_CONFIG_DIR */.Z ? {} : { configDir })} && git add ${shellWord(configDir)}\n`
                : '';
            say(`orch-backup: commit blocked: ${headline.text.charAt(0).toLowerCase()}${headline.text.slice(1)}:\n${lines.join('\n')}\n${fix}${already}Fix them and stage again; ${BYPASS}\n`);
            return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.failed };
        }
        if (lines.length > 0)
            say(`orch-backup: ${format_plural(judgement.new.filter((d) => d.severity === 'warning').length, 'new warning')} in the staged configs (the commit goes on):\n${lines.join('\n')}\n`);
        if (already)
            say(already);
        const b = outcome.backup;
        say(b.made
            ? `orch-backup: 📦 safety backup ${b.name}${b.tags?.includes('major') ? ' [major]' : ''}: ${b.description}\n`
            : `orch-backup: ${b.note}\n`);
        return { human: '', json: outcome, exitCode: errors/* ExitCode */.yU.ok };
    }
    catch (error) {
        // Fail closed: a hook that cannot make its safety backup must not let the commit through silently.
        if (error instanceof errors/* OrchBackupError */.FY) {
            say(`orch-backup: commit blocked: the pre-commit safety backup failed: ${(0,errors/* describeError */.Uc)(error, remedy/* HOOK_REMEDIES */.n)}; ${BYPASS}\n`);
            return { human: '', json: { error: error.toJSON() }, exitCode: errors/* ExitCode */.yU.failed };
        }
        throw error;
    }
}


/***/ }),

/***/ 8392:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ resolveGlobalOptions)
});

// UNUSED EXPORTS: requireConfigDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __nccwpck_require__(8378);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __nccwpck_require__(2393);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __nccwpck_require__(7336);
;// CONCATENATED MODULE: ./lib/render/terminal.js


/*
 * Config content, keys, file names and backup descriptions reach the terminal inside our
 * output. An ESC or other control character among them could move the cursor, rewrite lines
 * already shown (a restore plan), retitle the window or hide text, so every control character
 * is printed as a visible `\uXXXX` escape. The renderer's own colours survive: they are
 * written as a marker carrying a per-process random key that content cannot know, and only
 * those markers become escape sequences again.
 */
const MARK = `\uFDD0${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
/** C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides that reorder text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Every control character as a visible `\uXXXX` (which is also a valid escape inside JSON strings). */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Text as it may be written to a terminal: content's controls escaped, our colours restored. */
function terminalSafe(text) {
    const escaped = escapeControls(text);
    return escaped.includes(MARK) ? escaped.replaceAll(MARK, '\u001b') : escaped;
}
/** Picocolors whose escape sequences pass through {@link terminalSafe}; content's never do. */
function terminalColors(enabled) {
    const colors = picocolors.createColors(enabled);
    if (!enabled)
        return colors;
    const marked = {};
    for (const [name, value] of Object.entries(colors)) {
        marked[name] =
            typeof value === 'function'
                ? (input) => String(value(escapeControls(String(input)))).replaceAll('\u001b', MARK)
                : value;
    }
    return marked;
}

// EXTERNAL MODULE: ./lib/core/util/faults.js
var faults = __nccwpck_require__(2567);
// EXTERNAL MODULE: ./lib/core/config/discover.js
var discover = __nccwpck_require__(1959);
;// CONCATENATED MODULE: ./lib/cli/options.js







/** Both must be set, to these exact values, before a test can make the process kill itself. */
const FAULT_SWITCH = 'ORCH_BACKUP_TEST_FAULTS';
const FAULT_SWITCH_VALUE = 'kill-the-process-at-steps';
const FAULT_STEP = 'ORCH_BACKUP_TEST_KILL_AT';
async function resolveGlobalOptions(flags, environment) {
    const { cwd, env } = environment;
    const given = flags.configDir ?? env.ORCH_BACKUP_CONFIG_DIR;
    const search = given === undefined ? (0,discover/* findConfigDir */.q)(cwd) : undefined;
    const configSource = search
        ? { kind: 'search', search }
        : { kind: flags.configDir !== undefined ? 'flag' : 'env' };
    const configDir = search
        ? (search.found ?? external_node_path_.resolve(cwd, discover/* DEFAULT_CONFIG_DIR */.Z))
        : external_node_path_.resolve(cwd, given);
    const backupGiven = flags.backupDir ?? env.ORCH_BACKUP_DIR;
    const backupDir = external_node_path_.resolve(cwd, backupGiven ?? external_node_path_.join(configDir, '.backups'));
    const settingsPath = external_node_path_.resolve(cwd, flags.settings ?? env.ORCH_BACKUP_SETTINGS ?? external_node_path_.join(configDir, config_settings/* SETTINGS_FILE */.tP));
    const { settings, source } = await (0,config_settings/* loadSettings */.M5)(settingsPath);
    const lockTimeoutMs = parseLockTimeout(flags.lockTimeout ?? env.ORCH_BACKUP_LOCK_TIMEOUT, settings.lockTimeoutMs);
    const color = environment.stdoutIsTTY && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
    return {
        configDir,
        configSource,
        backupDir,
        backupDirGiven: backupGiven !== undefined,
        settings,
        settingsFile: source,
        settingsPath,
        json: flags.json ?? false,
        yes: flags.yes ?? false,
        quiet: flags.quiet ?? false,
        lockTimeoutMs,
        interactive: environment.stdinIsTTY && environment.stdoutIsTTY,
        progress: (environment.stderrIsTTY ?? false) && !env.CI && !(flags.json ?? false) && !(flags.quiet ?? false),
        progressAfterMs: /^\d+$/.test(env.ORCH_BACKUP_PROGRESS_AFTER_MS ?? '')
            ? Number(env.ORCH_BACKUP_PROGRESS_AFTER_MS)
            : 1000,
        faults: (0,faults/* faultsFrom */.S)(env[FAULT_SWITCH] === FAULT_SWITCH_VALUE && env[FAULT_STEP] ? parseFaultStep(env[FAULT_STEP]) : undefined),
        render: {
            colors: terminalColors(color),
            displayPath: (p) => {
                const rel = external_node_path_.relative(cwd, p);
                return rel === '' ? '.' : rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? p : rel;
            },
            now: new Date(),
        },
    };
}
function parseLockTimeout(value, fallbackMs) {
    if (value === undefined)
        return fallbackMs;
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds < 0)
        throw new errors/* UsageError */.eb(`--lock-timeout must be a number of seconds, got ${JSON.stringify(value)}`);
    return Math.round(seconds * 1000);
}
/** `step` or `step#n` (the n-th time the step is reached). */
function parseFaultStep(value) {
    const [killAt = '', occurrence = '1'] = value.split('#');
    return { killAt, occurrence: Number(occurrence) || 1 };
}
/**
 * For the commands that read the config or its default store (list, verify, restore, diff,
 * clean): a config dir that is not there means the wrong directory, not an empty store. A store
 * named by --backup-dir stands on its own.
 */
function requireConfigDir(opts) {
    if (opts.backupDirGiven || statSync(opts.configDir, { throwIfNoEntry: false })?.isDirectory())
        return;
    const source = opts.configSource;
    if (source.kind === 'search') {
        const { search } = source;
        throw new NoConfigDirError({
            kind: 'search',
            lookedFor: search.lookedFor,
            from: search.searched[0],
            stoppedAt: search.stoppedAt.dir,
            stoppedKind: search.stoppedAt.kind,
        });
    }
    throw new NoConfigDirError({
        kind: 'given',
        configDir: opts.configDir,
        by: source.kind === 'flag' ? '--config-dir' : 'ORCH_BACKUP_CONFIG_DIR',
    });
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ HOOK_REMEDIES)
/* harmony export */ });
/* unused harmony export CLI_REMEDIES */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8378);

/** The remedies in the CLI's terms: its flags, environment variables and commands. */
const CLI_REMEDIES = {
    CONFIRMATION_REQUIRED: 'run it in a terminal, or pass --yes',
    STORE_BUSY: 'try again when it finishes, or raise --lock-timeout; if that process is gone: orch-backup unlock',
    LOCK_HELD: 'pass --force only if you know it is gone',
    CONFIG_DIR_NOT_FOUND: (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .whenMissingConfigDir */ .Ir)('pass --config-dir or set ORCH_BACKUP_CONFIG_DIR'),
    INVALID_JSON: 'fix it, or pass --allow-invalid to back it up as it is',
    BACKUP_NOT_FOUND: (error) => error.suggestions.length > 0 ? undefined : 'see: orch-backup list',
    FILE_NOT_IN_BACKUP: (error) => error.suggestions.length > 0
        ? undefined
        : `see: orch-backup show ${error.backupName}`,
    CLEAN_NEEDS_FORCE: 'check the policy with --dry-run, confirm in a terminal, or pass --force',
    RESTORE_REFUSED: (error) => `see: orch-backup validate --backup ${error.backupName}; pass --force to restore it anyway`,
    ARCHIVE_REJECTED: (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .whenInvalidJsonArchive */ .mC)('pass --allow-invalid to import it as it is'),
    POLICY_EMPTY: 'give at least one --keep-* option, or set "retention" in the settings',
    FIX_CONFLICT: 'run the command again',
    UNKNOWN_REVISION: 'see: orch-backup list, or git log',
    RESTORE_PATH: (error) => {
        const e = error;
        return e.reason === 'not-found' && e.suggestions.length === 0 ? `see: orch-backup show ${e.backupName}` : undefined;
    },
    NO_CONFIG_DIR: (error) => error.source.kind === 'search' ? 'run in the project, or pass --config-dir' : undefined,
};
/** The pre-commit hook's remedies: the person at `git commit` has no flags to pass. */
const HOOK_REMEDIES = {
    STORE_BUSY: 'commit again when it finishes',
    CONFIG_DIR_NOT_FOUND: (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .whenMissingConfigDir */ .Ir)('reinstall the hook with: orch-backup --config-dir <dir> hook install'),
};


/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   am: () => (/* binding */ documentVersion),
/* harmony export */   iR: () => (/* binding */ majorVersion),
/* harmony export */   jq: () => (/* binding */ configurationVersion)
/* harmony export */ });
/* unused harmony exports compareVersions, fileVersion */
/** A top-level `version` field as a string, if the document has one. */
function documentVersion(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const version = value.version;
    if (typeof version === 'string' && version.trim() !== '')
        return version.trim();
    if (typeof version === 'number' && Number.isFinite(version))
        return String(version);
    return undefined;
}
/**
 * The configuration's version: settings.json's `version`, else the most common top-level
 * `version` among the files (ties go to the highest), else null.
 */
function configurationVersion(files) {
    const settings = files.find((f) => f.path === 'settings.json');
    if (settings?.version)
        return settings.version;
    const counts = new Map();
    for (const file of files)
        if (file.version)
            counts.set(file.version, (counts.get(file.version) ?? 0) + 1);
    let best = null;
    let bestCount = 0;
    for (const [version, count] of counts) {
        if (count > bestCount || (count === bestCount && best !== null && compareVersions(version, best) > 0)) {
            best = version;
            bestCount = count;
        }
    }
    return best;
}
/** Major component of a dotted version (`v1.2.0` → 1), or undefined when there is none. */
function majorVersion(version) {
    const match = version ? /^v?(\d+)/.exec(version.trim()) : null;
    return match ? Number(match[1]) : undefined;
}
function compareVersions(a, b) {
    const pa = a.replace(/^v/, '').split(/[.-]/);
    const pb = b.replace(/^v/, '').split(/[.-]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '0';
        const y = pb[i] ?? '0';
        const nx = Number(x);
        const ny = Number(y);
        const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The top-level `version` of a JSON file given as bytes, if it parses and has one. */
function fileVersion(bytes) {
    try {
        return documentVersion(JSON.parse(Buffer.from(bytes)
            .toString('utf8')
            .replace(/^\uFEFF/, '')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ DEFAULT_CONFIG_DIR),
/* harmony export */   q: () => (/* binding */ findConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);


/** Where the config lives in a project, relative to the directory the search finds. */
const DEFAULT_CONFIG_DIR = '.claude/orchestration';
/**
 * Finds the config the way git finds its repository: `<dir>/.claude/orchestration` in `from`, then
 * in each parent, up to the repository's top level (the first directory holding `.git`, a
 * directory or a worktree's file) or the file system root. No git process is started: every
 * command pays for this search.
 */
function findConfigDir(from, lookedFor = DEFAULT_CONFIG_DIR) {
    const searched = [];
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(from);
    for (;;) {
        searched.push(dir);
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, lookedFor);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate, { throwIfNoEntry: false })?.isDirectory()) {
            return {
                found: candidate,
                lookedFor,
                searched,
                stoppedAt: { dir, kind: isRepositoryTop(dir) ? 'repository' : 'filesystem' },
            };
        }
        if (isRepositoryTop(dir))
            return { found: null, lookedFor, searched, stoppedAt: { dir, kind: 'repository' } };
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return { found: null, lookedFor, searched, stoppedAt: { dir, kind: 'filesystem' } };
        dir = parent;
    }
}
function isRepositoryTop(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
}


/***/ }),

/***/ 3742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Su: () => (/* binding */ DEFAULT_OWNED),
/* harmony export */   T: () => (/* binding */ RESTORE_STAGING_DIR),
/* harmony export */   ic: () => (/* binding */ ownedPathProblem),
/* harmony export */   qX: () => (/* binding */ ownedPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2048);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2393);




/** Inside the config dir, so every move into place is a rename on the same file system. */
const RESTORE_STAGING_DIR = '.orch-backup-restore';
/** Where the store lives unless `--backup-dir` says otherwise. */
const DEFAULT_STORE_DIR = '.backups';
/** The names the tool always owns at the top of a config dir, wherever its store really is. */
const DEFAULT_OWNED = { reserved: [_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTINGS_FILE */ .tP, RESTORE_STAGING_DIR, DEFAULT_STORE_DIR] };
/** The default names plus the actual store and settings file, when they lie inside the config dir. */
function ownedPaths(options) {
    const reserved = new Set(DEFAULT_OWNED.reserved);
    if (options.configDir !== undefined) {
        const roots = variants(options.configDir);
        for (const owned of [options.backupDir, options.settingsFile]) {
            if (!owned)
                continue;
            for (const root of roots) {
                for (const target of variants(owned)) {
                    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
                    if (rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))
                        reserved.add(rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
                }
            }
        }
    }
    return { reserved: [...reserved] };
}
/**
 * Why `rel` may not be a path of a backup's content, or null when it may. Compared without
 * case: on a case-insensitive file system `.Orch-Backup.json` is the settings file.
 */
function ownedPathProblem(rel, owned = DEFAULT_OWNED) {
    if (!(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeRelativePath */ .VH)(rel))
        return 'unsafe-path';
    const lower = rel.toLowerCase();
    for (const reserved of owned.reserved) {
        const r = reserved.toLowerCase();
        if (lower === r || lower.startsWith(`${r}/`))
            return 'owned-path';
    }
    return null;
}
/** The path as given and as resolved (the store is often reached through a symlink). */
function variants(p) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
    try {
        const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
        return real === absolute ? [absolute] : [absolute, real];
    }
    catch {
        return [absolute];
    }
}


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ resolveConfigRoot),
/* harmony export */   j1: () => (/* binding */ scanConfigDir)
/* harmony export */ });
/* unused harmony export isSkipProblem */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8378);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3742);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8080);





/** Entries that are a problem to report (a symlink not followed, a device), not a choice the settings made. */
function isSkipProblem(entry) {
    return entry.category === 'owned' || entry.category === 'symlink' || entry.category === 'special';
}
const NEVER_DESCEND = new Set(['.git', 'node_modules']);
/**
 * Lists the config files to back up. Symlinks are followed only when they resolve to a
 * file inside the config dir: a backup must never pull in (or later overwrite) files
 * elsewhere on the machine. FIFOs and devices are skipped because opening them can block.
 */
async function scanConfigDir(options) {
    const root = await resolveConfigRoot(options.configDir);
    const backupReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(options.backupDir).catch(() => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(options.backupDir));
    const leftOut = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .fileSelection */ .B)(options.settings);
    const wanted = (rel) => leftOut(rel) === null;
    const owned = options.owned ?? _owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_OWNED */ .Su;
    const files = [];
    const skipped = [];
    const walk = async (dir, relDir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            if ((0,_owned_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .ownedPathProblem */ .ic)(rel, owned) === 'owned-path') {
                if (!entry.isDirectory() && wanted(rel))
                    skipped.push({ path: rel, reason: "the tool's own file, never backed up", category: 'owned' });
                continue;
            }
            if (entry.isDirectory()) {
                if (NEVER_DESCEND.has(entry.name) || abs === backupReal || abs === options.backupDir)
                    continue;
                await walk(abs, rel);
            }
            else if (entry.isFile()) {
                const why = leftOut(rel);
                if (why === null)
                    files.push({ path: rel, absolutePath: abs });
                else
                    skipped.push({ path: rel, reason: _select_js__WEBPACK_IMPORTED_MODULE_4__/* .LEFT_OUT_WORDS */ .r[why], category: why });
            }
            else if (entry.isSymbolicLink()) {
                const problem = await symlinkProblem(abs, root);
                if (problem === 'directory') {
                    if (wanted(`${rel}/x.json`) || wanted(rel))
                        skipped.push({ path: rel, reason: 'symlinked directory, not followed', category: 'symlink' });
                }
                else if (wanted(rel)) {
                    if (problem)
                        skipped.push({ path: rel, reason: problem, category: 'symlink' });
                    else
                        files.push({ path: rel, absolutePath: abs });
                }
            }
            else if (wanted(rel)) {
                skipped.push({ path: rel, reason: 'not a regular file', category: 'special' });
            }
        }
    };
    await walk(root, '');
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, files, skipped };
}
async function resolveConfigRoot(configDir) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(configDir);
        if (!info.isDirectory())
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'not-a-directory');
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(configDir);
    }
    catch (error) {
        if (error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5)
            throw error;
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigDirNotFoundError */ .D5(configDir, 'missing');
        throw error;
    }
}
async function symlinkProblem(link, root) {
    let target;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link);
    }
    catch {
        return 'broken symlink';
    }
    if (target !== root && !target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return 'symlink points outside the config dir, not followed';
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
    if (info.isDirectory())
        return 'directory';
    return info.isFile() ? null : 'symlink to something that is not a regular file';
}


/***/ }),

/***/ 8080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ fileSelection),
/* harmony export */   r: () => (/* binding */ LEFT_OUT_WORDS)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);

const LEFT_OUT_WORDS = {
    'runtime-state': 'runtime state (setting runtimeState)',
    excluded: 'excluded (setting exclude)',
    hidden: 'hidden file, not matched by include',
    'not-included': 'not matched by include',
};
/**
 * One decision for every place that lists config files (the disk, git trees, the GitHub API) and
 * for restore, which must leave alone what backups leave out: null when `rel` (relative to the
 * config dir, `/`-separated) is config, else why not.
 */
function fileSelection(settings) {
    const isIncluded = picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.include, { dot: false });
    const isExcluded = settings.exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.exclude, { dot: true }) : () => false;
    const isState = settings.runtimeState.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_0__(settings.runtimeState, { dot: true }) : () => false;
    return (rel) => {
        if (!isIncluded(rel))
            return rel.split('/').some((segment) => segment.startsWith('.')) ? 'hidden' : 'not-included';
        if (isExcluded(rel))
            return 'excluded';
        if (isState(rel))
            return 'runtime-state';
        return null;
    };
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   tP: () => (/* binding */ SETTINGS_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_RETENTION */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8378);
/* harmony import */ var _util_module_interop_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1466);
/* harmony import */ var _util_parse_problem_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7777);




const SETTINGS_FILE = '.orch-backup.json';
const DEFAULT_RETENTION = {
    last: 10,
    within: '7d',
    withinWeekly: '1m',
    withinMonthly: '1y',
};
/**
 * Runtime state as public orchestration layouts keep it inside the config dir: a `state/`
 * folder (session handoffs, DAGs, epics, rollback reports), a `state.json`, lock and PID files,
 * logs. Not `team-state.json`-style files at the top: the projects that have one commit it as
 * a template and validate it like the rest of the config (add `**\/*-state.json` to treat it
 * as state).
 */
const DEFAULT_RUNTIME_STATE = ['**/state/**', '**/state.json', '**/*.lock', '**/*.pid', '**/*.log'];
const DEFAULT_SETTINGS = {
    include: ['**/*'],
    exclude: [],
    runtimeState: [...DEFAULT_RUNTIME_STATE],
    compressAbove: 1024 * 1024,
    compressionLevel: 6,
    schemaDir: 'schemas',
    schemas: {},
    referenceKeys: [
        'agent',
        'agents',
        'required_agents',
        'reviewers',
        'review',
        'review_requirements',
        'approvers',
        'approval',
        'required_roles',
        'primary',
        'secondary',
    ],
    agentsDir: '../agents',
    secretKeys: [
        'token',
        'secret',
        'password',
        'passwd',
        'passphrase',
        'api_key',
        'apikey',
        'access_key',
        'credential',
        'private_key',
        'signing_key',
        'authorization',
        'bearer',
        'cookie',
        'webhook',
        'webhook_url',
        'dsn',
        'connection_string',
        'conn_str',
    ],
    retention: DEFAULT_RETENTION,
    lockTimeoutMs: 10_000,
    hook: { bulkFiles: 5, bulkEntities: 20 },
    claudeCode: { failClosed: false },
};
const SETTINGS_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        include: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        exclude: { type: 'array', items: { type: 'string', minLength: 1 } },
        runtimeState: { type: 'array', items: { type: 'string', minLength: 1 } },
        compressAbove: { type: 'integer', minimum: 0 },
        compressionLevel: { type: 'integer', minimum: 1, maximum: 9 },
        schemaDir: { type: 'string', minLength: 1 },
        schemas: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        referenceKeys: { type: 'array', items: { type: 'string', minLength: 1 } },
        agentsDir: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
        secretKeys: { type: 'array', items: { type: 'string', minLength: 1 } },
        lockTimeoutMs: { type: 'integer', minimum: 0 },
        hook: {
            type: 'object',
            additionalProperties: false,
            properties: { bulkFiles: { type: 'integer', minimum: 1 }, bulkEntities: { type: 'integer', minimum: 1 } },
        },
        claudeCode: {
            type: 'object',
            additionalProperties: false,
            properties: { failClosed: { type: 'boolean' } },
        },
        retention: {
            type: 'object',
            additionalProperties: false,
            properties: {
                last: { type: 'integer', minimum: -1 },
                hourly: { type: 'integer', minimum: -1 },
                daily: { type: 'integer', minimum: -1 },
                weekly: { type: 'integer', minimum: -1 },
                monthly: { type: 'integer', minimum: -1 },
                yearly: { type: 'integer', minimum: -1 },
                within: { type: 'string' },
                withinHourly: { type: 'string' },
                withinDaily: { type: 'string' },
                withinWeekly: { type: 'string' },
                withinMonthly: { type: 'string' },
                withinYearly: { type: 'string' },
                tags: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
            },
        },
    },
};
/**
 * Reads the settings file if there is one. A missing file means defaults; a present but
 * broken one is an error, because silently ignoring it would apply a policy nobody chose.
 */
async function loadSettings(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return { settings: DEFAULT_SETTINGS, source: null };
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `cannot read it (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) ?? String(error)})`);
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `not valid JSON (${(0,_util_parse_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProblemWithoutInput */ .Z)(error.message)})`);
    }
    const Ajv = (0,_util_module_interop_js__WEBPACK_IMPORTED_MODULE_3__/* .mainExport */ .q)(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 19)));
    const ajv = new Ajv({ allErrors: false });
    const check = ajv.compile(SETTINGS_SCHEMA);
    if (!check(raw)) {
        const first = check.errors?.[0];
        const where = first?.instancePath || '(top level)';
        const detail = where === '/agentsDir'
            ? 'must be a directory (relative to the config dir) or false'
            : first?.keyword === 'additionalProperties'
                ? `unknown setting ${JSON.stringify(first.params.additionalProperty)}`
                : (first?.message ?? 'does not match the settings schema');
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(file, `${where}: ${detail}`);
    }
    const partial = raw;
    return {
        settings: {
            ...DEFAULT_SETTINGS,
            ...partial,
            retention: partial.retention ?? DEFAULT_RETENTION,
            hook: { ...DEFAULT_SETTINGS.hook, ...partial.hook },
            claudeCode: { ...DEFAULT_SETTINGS.claudeCode, ...partial.claudeCode },
        },
        source: file,
    };
}


/***/ }),

/***/ 936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports readSnapshot, contentDifference */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8378);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5637);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9877);
/* harmony import */ var _owned_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3742);






/** Reads every config file once: its bytes, size and SHA-256. */
async function readSnapshot(options) {
    const scan = await scanConfigDir({
        configDir: options.configDir,
        backupDir: options.backupDir,
        settings: options.settings,
        owned: ownedPaths(options),
    });
    const files = await mapLimit(scan.files, 8, async (file) => {
        let bytes;
        try {
            bytes = await readFile(file.absolutePath);
        }
        catch (error) {
            throw new FileUnreadableError(file.path, errnoOf(error), { cause: error });
        }
        return { path: file.path, bytes, size: bytes.length, sha256: sha256Hex(bytes) };
    });
    return { root: scan.root, files, skipped: scan.skipped };
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** True when two file lists hold the same paths with the same content. */
function sameContent(a, b) {
    if (a.length !== b.length)
        return false;
    const byPath = new Map(a.map((f) => [f.path, f.sha256]));
    return b.every((f) => byPath.get(f.path) === f.sha256);
}
/** Which files differ between `from` and `to` (by path and hash). */
function contentDifference(from, to) {
    const before = new Map(from.map((f) => [f.path, f.sha256]));
    const after = new Map(to.map((f) => [f.path, f.sha256]));
    const added = [...after.keys()].filter((p) => !before.has(p));
    const removed = [...before.keys()].filter((p) => !after.has(p));
    const changed = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p));
    return { added, removed, changed };
}


/***/ }),

/***/ 4373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d: () => (/* binding */ createBackup)
});

// UNUSED EXPORTS: createBackupLocked

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __nccwpck_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/interrupt.js
var interrupt = __nccwpck_require__(2763);
// EXTERNAL MODULE: ./lib/core/util/faults.js
var util_faults = __nccwpck_require__(2567);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __nccwpck_require__(5637);
// EXTERNAL MODULE: ./lib/core/store/pack.js
var pack = __nccwpck_require__(6624);
// EXTERNAL MODULE: ./lib/core/store/history.js
var store_history = __nccwpck_require__(7309);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __nccwpck_require__(1833);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/core/util/progress.js
var progress = __nccwpck_require__(4301);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var config_scan = __nccwpck_require__(9877);
// EXTERNAL MODULE: ./lib/core/config/owned-paths.js
var owned_paths = __nccwpck_require__(3742);
// EXTERNAL MODULE: ./lib/core/config/snapshot.js
var config_snapshot = __nccwpck_require__(936);
// EXTERNAL MODULE: ./lib/core/validate/index.js + 11 modules
var validate = __nccwpck_require__(9301);
// EXTERNAL MODULE: ./lib/core/config/config-version.js
var config_version = __nccwpck_require__(4679);
;// CONCATENATED MODULE: ./lib/core/create/hash-source.js











async function hashConfigDir(options, feed) {
    const scan = await (0,config_scan/* scanConfigDir */.j1)({ ...options, owned: (0,owned_paths/* ownedPaths */.qX)(options) });
    const where = new Map(scan.files.map((f) => [f.path, f.absolutePath]));
    // Synchronous reads: async ones wait in the thread pool behind the pack's gzip jobs, which
    // left the main thread idle for a third of a large create.
    const readBytes = async (relative) => {
        try {
            return (0,external_node_fs_.readFileSync)(where.get(relative) ?? external_node_path_.join(scan.root, relative));
        }
        catch (error) {
            throw new errors/* FileUnreadableError */.Wd(relative, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        }
    };
    const readExtra = async (relative) => (0,promises_.readFile)(external_node_path_.join(scan.root, relative)).catch(() => undefined);
    const sizeOf = (file) => {
        try {
            return (0,external_node_fs_.statSync)(file).size;
        }
        catch {
            return 0;
        }
    };
    const totalSize = scan.files.reduce((sum, f) => sum + sizeOf(f.absolutePath), 0);
    return hashSource([...where.keys()], scan.skipped, readBytes, options.settings, readExtra, await feed?.(totalSize), (0,progress/* progressCounter */.Q)(options.onProgress, 'reading', where.size));
}
async function hashDocuments(documents, settings, feed) {
    const bytes = new Map(documents.map((d) => [d.path, Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength)]));
    const totalSize = documents.reduce((sum, d) => sum + d.bytes.byteLength, 0);
    return hashSource([...bytes.keys()], [], async (p) => bytes.get(p), settings, async () => undefined, await feed?.(totalSize));
}
async function hashSource(paths, skipped, readBytes, settings, readExtra, sink, tick = () => undefined) {
    const validator = new validate/* DocumentValidator */.oS(paths, { settings, readExtra });
    // With a sink, one file at a time and in path order: the pack's layout stays deterministic.
    const files = await (0,fs/* mapLimit */.sf)(paths, sink ? 1 : 8, async (relative) => {
        const bytes = await readBytes(relative);
        const version = (0,config_version/* documentVersion */.am)(validator.add({ path: relative, bytes })?.value);
        const file = {
            path: relative,
            size: bytes.length,
            sha256: (0,config_snapshot/* sha256Hex */.fg)(bytes),
            ...(version === undefined ? {} : { version }),
        };
        await sink?.(file, bytes);
        tick();
        return file;
    });
    return {
        files,
        skipped,
        validation: await validator.finish(),
        read: async (file) => {
            const bytes = await readBytes(file.path);
            if (bytes.length !== file.size || (0,config_snapshot/* sha256Hex */.fg)(bytes) !== file.sha256)
                throw new errors/* ConfigChangedDuringBackupError */.i0(file.path);
            return bytes;
        },
    };
}

// EXTERNAL MODULE: ./lib/core/config/settings.js
var config_settings = __nccwpck_require__(2393);
// EXTERNAL MODULE: ./lib/core/store/store.js + 2 modules
var store = __nccwpck_require__(2581);
// EXTERNAL MODULE: ./lib/core/inspect/verify.js
var verify = __nccwpck_require__(1015);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./lib/version.js
/** Kept equal to package.json's version by a unit test. */
const TOOL_NAME = 'orchestration-backup';
const TOOL_VERSION = '0.1.0';

// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __nccwpck_require__(2048);
;// CONCATENATED MODULE: ./lib/core/create/write-backup.js











/**
 * Writes the backup `name` in a staging directory and publishes it. Configs over
 * `compressAbove` bytes are packed (format 2); smaller ones keep one plain copy per file
 * (format 1), readable with `cat` when it matters most.
 */
async function writeBackup(input) {
    const totalSize = input.files.reduce((sum, f) => sum + f.size, 0);
    let stager = input.stager;
    const staging = stager?.staging ?? external_node_path_.join(input.backupDir, `${store/* STAGING_PREFIX */.th}${input.name}-${process.pid}`);
    try {
        if (!stager && isPackedSize(totalSize, input.settings)) {
            stager = await PackStager.open({
                backupDir: input.backupDir,
                label: `${input.name}-${process.pid}`,
                level: input.settings.compressionLevel,
                previous: input.previous,
                faults: input.faults,
            });
        }
        if (stager)
            return await writePacked(input, stager, totalSize);
        await (0,promises_.mkdir)(staging);
        return await writeLoose(input, staging, totalSize);
    }
    catch (error) {
        await (stager?.discard() ?? (0,fs/* removeTree */.dM)(staging)).catch(() => undefined);
        if (error instanceof errors/* OrchBackupError */.FY)
            throw error;
        throw new errors/* StoreWriteError */.NW(external_node_path_.join(input.backupDir, input.name), (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
}
/** Configs over `compressAbove` bytes are packed. */
function isPackedSize(totalSize, settings) {
    return totalSize > settings.compressAbove;
}
function seal(input, totalSize, body) {
    const { packs, ...rest } = body;
    return (0,store_manifest/* sealManifest */.DB)({
        formatVersion: rest.formatVersion,
        name: input.name,
        createdAt: (input.now ?? new Date()).toISOString(),
        description: input.description ?? null,
        trigger: input.trigger ?? 'manual',
        tags: [...new Set(input.tags ?? [])],
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        configVersion: (0,config_version/* configurationVersion */.jq)(rest.files),
        compression: rest.compression,
        ...(packs ? { packs } : {}),
        files: rest.files,
        fileCount: rest.files.length,
        totalSize,
        storedSize: rest.storedSize,
        validation: {
            status: input.validation.status,
            errors: input.validation.summary.errors,
            warnings: input.validation.summary.warnings,
        },
    });
}
function baseEntry(file) {
    return { path: file.path, size: file.size, sha256: file.sha256, ...(file.version ? { version: file.version } : {}) };
}
async function writeLoose(input, staging, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    const reusable = reusableCopies(input.previous[0]);
    const dirs = new Set([staging, external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM)]);
    for (const file of input.files)
        dirs.add(external_node_path_.join(staging, store_manifest/* FILES_DIR */.qM, external_node_path_.dirname(file.path)));
    for (const dir of [...dirs].sort())
        await (0,promises_.mkdir)(dir, { recursive: true });
    const files = await (0,fs/* mapLimit */.sf)(input.files, 8, async (file) => {
        const stored = `${store_manifest/* FILES_DIR */.qM}/${file.path}`;
        const target = external_node_path_.join(staging, ...stored.split('/'));
        const entry = { ...baseEntry(file), stored };
        const same = reusable.get(file.sha256);
        if (same &&
            (await (0,promises_.link)(same.path, target).then(() => true, () => false)))
            return { ...entry, storedSize: same.storedSize };
        await (0,fs/* writeNewFile */.S0)(target, await input.read(file), 0o444);
        faults.reached('create:staged-file');
        return { ...entry, storedSize: file.size };
    });
    const manifest = seal(input, totalSize, {
        formatVersion: store_manifest/* LOOSE_FORMAT_VERSION */.GV,
        compression: 'none',
        files,
        storedSize: files.reduce((s, f) => s + f.storedSize, 0),
    });
    await (0,fs/* writeNewFile */.S0)(external_node_path_.join(staging, store_manifest/* MANIFEST_FILE */.h1), (0,store_manifest/* serializeManifest */.MZ)(manifest), 0o444);
    faults.reached('create:manifest-written');
    await (0,store/* publishStaged */.QC)(input.backupDir, staging, input.name, dirs);
    return manifest;
}
/**
 * Plain copies of the newest loose backup, by content, that the new backup can share as hard
 * links (as rsnapshot does). Copies are read-only and a backup's deletion only drops a link.
 */
function reusableCopies(previous) {
    const copies = new Map();
    if (!previous?.manifest || previous.manifest.compression !== 'none')
        return copies;
    for (const file of previous.manifest.files) {
        if (!file.stored || file.stored.endsWith('.gz'))
            continue;
        copies.set(file.sha256, { path: external_node_path_.join(previous.dir, ...file.stored.split('/')), storedSize: file.storedSize });
    }
    return copies;
}
/**
 * The new pack of a packed backup, in the backup's staging directory. Create offers it each
 * file's bytes during its first pass, so compression runs in the thread pool while the main
 * thread hashes and validates; content an intact packed backup already holds is not stored.
 */
class PackStager {
    staging;
    writer;
    known;
    faults;
    slots = new Map();
    constructor(staging, writer, known, faults) {
        this.staging = staging;
        this.writer = writer;
        this.known = known;
        this.faults = faults;
    }
    /** `label` names the staging directory; the backup's own name is given when it is published. */
    static async open(options) {
        const staging = external_node_path_.join(options.backupDir, `${store/* STAGING_PREFIX */.th}${options.label}`);
        const known = await storedContent(options.backupDir, options.previous);
        await (0,promises_.mkdir)(staging);
        try {
            return new PackStager(staging, await pack/* PackWriter */.lp.create(external_node_path_.join(staging, 'new.pack'), options.level), known, options.faults ?? util_faults/* noFaults */.n);
        }
        catch (error) {
            await (0,fs/* removeTree */.dM)(staging).catch(() => undefined);
            throw error;
        }
    }
    holds(sha256) {
        return this.known.has(sha256) || this.slots.has(sha256);
    }
    async offer(sha256, bytes) {
        if (this.holds(sha256))
            return;
        this.slots.set(sha256, await this.writer.add(bytes));
        this.faults.reached('create:staged-file');
    }
    /** Writes the last block and fsyncs; returns the new pack's id, if it holds anything. */
    async finish() {
        const stagedPack = external_node_path_.join(this.staging, 'new.pack');
        if (this.slots.size === 0) {
            await this.writer.abort();
            await (0,promises_.unlink)(stagedPack);
            return undefined;
        }
        const { id } = await this.writer.finish();
        return {
            id,
            locate: (sha256) => ({
                ...this.writer.locations[this.slots.get(sha256)],
                pack: id,
            }),
        };
    }
    async discard() {
        await this.writer.abort();
        await (0,fs/* removeTree */.dM)(this.staging);
    }
}
/**
 * Format 2: new content goes into one new pack (one file, one fsync); content any intact packed
 * backup already holds is referenced where it is. The pack is moved into `.packs/` before the
 * backup is published, so a crash in between leaves an unreferenced pack that the next writer
 * deletes, never a backup without its data.
 */
async function writePacked(input, stager, totalSize) {
    const faults = input.faults ?? util_faults/* noFaults */.n;
    // Files the first pass did not offer (or every file, when no first pass fed the stager).
    for (const file of input.files)
        if (!stager.holds(file.sha256))
            await stager.offer(file.sha256, await input.read(file));
    const pack = await stager.finish();
    const located = input.files.map((file) => stager.known.get(file.sha256) ?? pack.locate(file.sha256));
    const packs = [...new Set(located.map((l) => l.pack))].sort();
    const files = input.files.map((file, i) => {
        const where = located[i];
        return {
            ...baseEntry(file),
            pack: packs.indexOf(where.pack),
            offset: where.offset,
            start: where.start,
            storedSize: where.storedSize,
        };
    });
    const members = new Map(files.map((f) => [`${f.pack}:${f.offset}`, f.storedSize]));
    const storedSize = [...members.values()].reduce((s, n) => s + n, 0);
    const manifest = seal(input, totalSize, {
        formatVersion: store_manifest/* FORMAT_VERSION */.Hp,
        compression: 'gzip',
        packs,
        files,
        storedSize,
    });
    await (0,fs/* writeNewFile */.S0)(external_node_path_.join(stager.staging, store_manifest/* PACKED_MANIFEST_FILE */.K$), (0,external_node_zlib_.gzipSync)(`${JSON.stringify(manifest)}\n`, { level: 9 }), 0o444);
    faults.reached('create:manifest-written');
    if (pack) {
        await movePack(input.backupDir, external_node_path_.join(stager.staging, 'new.pack'), pack.id);
        faults.reached('create:pack-stored');
    }
    await (0,store/* publishStaged */.QC)(input.backupDir, stager.staging, input.name, [stager.staging]);
    return manifest;
}
/** Where each content (by SHA-256) already is in a pack that still exists. */
async function storedContent(backupDir, previous) {
    const known = new Map();
    const exists = new Map();
    const packExists = (id) => {
        let found = exists.get(id);
        if (!found)
            exists.set(id, (found = (0,promises_.stat)((0,pack/* packPath */.x9)(backupDir, id)).then((s) => s.isFile(), () => false)));
        return found;
    };
    for (const entry of previous) {
        const manifest = entry.manifest;
        if (!manifest?.packs || entry.problems.length > 0)
            continue;
        for (const file of manifest.files) {
            if (known.has(file.sha256) || !(0,store_manifest/* isPackedEntry */.Bd)(file))
                continue;
            const id = manifest.packs[file.pack];
            if (!(await packExists(id)))
                continue;
            known.set(file.sha256, { pack: id, offset: file.offset, start: file.start, storedSize: file.storedSize });
        }
    }
    return known;
}
async function movePack(backupDir, stagedPack, id) {
    const dir = external_node_path_.join(backupDir, pack/* PACKS_DIR */.Lb);
    const created = await (0,promises_.mkdir)(dir).then(() => true, (error) => {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        return false;
    });
    if (created)
        await (0,fs/* fsyncDir */.t_)(backupDir);
    // Same id, same bytes: a pack already there (e.g. from a crashed earlier attempt) is kept.
    await (0,promises_.rename)(stagedPack, (0,pack/* packPath */.x9)(backupDir, id));
    await (0,fs/* fsyncDir */.t_)(dir);
}

;// CONCATENATED MODULE: ./lib/core/create/create.js

















/**
 * Snapshots the config dir into a new backup: built in a staging directory, fsynced,
 * renamed into place (so it appears whole or not at all), then re-read and verified.
 */
async function createBackup(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    if (options.name !== undefined)
        (0,names/* assertNewName */.AP)(options.name);
    // Before the lock: locking creates the backup dir, which must not conjure up a missing config dir.
    if (!options.documents)
        await (0,config_scan/* resolveConfigRoot */.bx)(options.configDir);
    const lock = await (0,store/* lockStore */.$_)(options.backupDir, 'create', options.lockTimeoutMs ?? settings.lockTimeoutMs);
    try {
        return await createBackupLocked(options);
    }
    finally {
        await lock.release();
    }
}
/** How many of the newest backups a new one may share content with (packs, hard links). */
const SHARE_WITH_NEWEST = 3;
/** `createBackup` for a caller that already holds the store lock (restore's safety backup). */
async function createBackupLocked(options) {
    const settings = options.settings ?? config_settings/* DEFAULT_SETTINGS */.a$;
    const faults = (0,interrupt/* interruptible */.I)(options.faults ?? util_faults/* noFaults */.n, options.signal, 'create');
    if (options.name !== undefined)
        (0,names/* assertNewName */.AP)(options.name);
    // Checksums only for the backups create relies on: the newest few (content to share, the
    // unchanged check) or, for skipIfStored, all; checking every manifest of a large store cost
    // more than the rest of an incremental create.
    const all = await (0,store/* loadAllManifests */.Em)(options.backupDir, { checksums: false });
    const parsed = all.filter((m) => m.manifest && m.problems.length === 0);
    const intact = (options.skipIfStored ? parsed : parsed.slice(0, SHARE_WITH_NEWEST)).filter(store/* confirmManifest */.GD);
    await (0,pack/* removeUnreferencedPacks */.rD)(options.backupDir, all);
    let stager;
    const feed = async (totalSize) => {
        if (!isPackedSize(totalSize, settings))
            return undefined;
        const opened = await PackStager.open({
            backupDir: options.backupDir,
            label: `create-${process.pid}`,
            level: settings.compressionLevel,
            previous: intact,
            faults,
        });
        stager = opened;
        return (file, bytes) => opened.offer(file.sha256, bytes);
    };
    let snapshot;
    let validation;
    try {
        // Documents from elsewhere (git's HEAD) are held to the same rule as the scan: never the tool's own files.
        const owned = (0,owned_paths/* ownedPaths */.qX)({
            configDir: options.configDir,
            backupDir: options.backupDir,
            settingsFile: options.settingsFile ?? null,
        });
        snapshot = options.documents
            ? await hashDocuments(options.documents.filter((d) => (0,owned_paths/* ownedPathProblem */.ic)(d.path, owned) === null), settings, feed)
            : await hashConfigDir({
                configDir: options.configDir,
                backupDir: options.backupDir,
                settings,
                settingsFile: options.settingsFile ?? null,
                ...pick(options, ['onProgress']),
            }, feed);
        if (snapshot.files.length === 0)
            throw new errors/* EmptyConfigError */.xz(options.configDir, settings.include);
        faults.reached('create:hashed');
        validation = snapshot.validation;
        const syntax = validation.diagnostics.find((d) => d.code === 'json-syntax' || d.code === 'encoding');
        if (syntax && !options.allowInvalid)
            throw new errors/* InvalidJsonError */.a6(syntax.file ?? '?', syntax.line ?? 1, syntax.column ?? 1, syntax.message.replace(/^invalid JSON: /, ''));
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        if (error instanceof errors/* OperationInterruptedError */.Cz && stager)
            throw new errors/* OperationInterruptedError */.Cz(error.operation, 'partial-removed');
        throw error;
    }
    let name;
    try {
        if (options.skipIfUnchanged || options.skipIfStored) {
            const candidates = options.skipIfStored ? intact : intact.slice(0, 1);
            const same = candidates.find((m) => m.manifest && (0,config_snapshot/* sameContent */.Cm)(m.manifest.files, snapshot.files));
            if (same?.manifest) {
                await stager?.discard();
                return {
                    created: false,
                    unchangedSince: same.name,
                    path: same.dir,
                    manifest: same.manifest,
                    skipped: snapshot.skipped,
                    validation,
                };
            }
        }
        name = await chooseName(options);
        const finalDir = external_node_path_.join(options.backupDir, name);
        const input = {
            backupDir: options.backupDir,
            name,
            files: snapshot.files,
            read: snapshot.read,
            validation,
            settings,
            previous: intact,
            ...pick(options, ['description', 'trigger', 'tags', 'now']),
            faults,
        };
        let manifest = await writeBackup({ ...input, ...(stager ? { stager } : {}) });
        faults.reached('create:published');
        // The content written now is read back and checked; packs shared with earlier backups were
        // checked when they were written (and `verify` checks every byte): here only their length.
        const shared = new Set(intact.flatMap((m) => m.manifest?.packs ?? []));
        let check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name, { trustedPacks: shared, ...pick(options, ['onProgress']) });
        if (!check.ok && intact[0]) {
            // A shared copy may have rotted in an earlier backup: write every file anew once.
            await discard(options.backupDir, name);
            manifest = await writeBackup({ ...input, previous: [] });
            check = await (0,verify/* verifyBackup */.gu)(options.backupDir, name);
        }
        if (!check.ok) {
            await discard(options.backupDir, name);
            throw new errors/* BackupDamagedError */.EF(name, check.problems.map((p) => p.message));
        }
        faults.reached('create:verified');
        // The backup is published and verified: from here on nothing may report it as not made.
        const unrecorded = await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'create',
            backup: name,
            outcome: 'success',
            trigger: manifest.trigger,
        });
        return {
            created: true,
            name,
            path: finalDir,
            manifest,
            skipped: snapshot.skipped,
            validation,
            warnings: unrecorded ? [unrecorded] : [],
        };
    }
    catch (error) {
        await stager?.discard().catch(() => undefined);
        let failure = error instanceof errors/* OrchBackupError */.FY
            ? error
            : new errors/* StoreWriteError */.NW(options.backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        if (failure instanceof errors/* OperationInterruptedError */.Cz && name !== undefined) {
            // Stopped after writing began: the staging dir is gone (writeBackup removes it); a published but unverified backup goes too.
            await discard(options.backupDir, name);
            failure = new errors/* OperationInterruptedError */.Cz(failure.operation, 'partial-removed');
        }
        await (0,store_history/* appendHistory */.b)(options.backupDir, {
            operation: 'create',
            backup: options.name ?? null,
            outcome: 'failure',
            error: failure.toJSON(),
        });
        throw failure;
    }
}
async function chooseName(options) {
    const existing = new Set(await (0,store/* backupNames */.pS)(options.backupDir));
    if (options.name !== undefined) {
        const taken = existing.has(options.name) ||
            (await (0,promises_.lstat)(external_node_path_.join(options.backupDir, options.name)).then(() => true, () => false));
        if (taken)
            throw new errors/* BackupExistsError */.j2(options.name);
        return options.name;
    }
    return (0,names/* uniqueName */.Fi)((0,names/* timestampName */.e2)(options.now ?? new Date(), options.namePrefix ?? 'backup'), (n) => existing.has(n));
}
async function discard(backupDir, name) {
    const trash = external_node_path_.join(backupDir, `${store/* TRASH_PREFIX */._t}${name}-${process.pid}`);
    await (0,promises_.rename)(external_node_path_.join(backupDir, name), trash).catch(() => undefined);
    await (0,fs/* removeTree */.dM)(trash);
}
function pick(object, keys) {
    return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));
}


/***/ }),

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FORMATTING_ONLY)
/* harmony export */ });
/* unused harmony export isFormattingOnly */
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6751);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3044);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(793);



/**
 * The words every view uses for a JSON file whose bytes differ but whose parsed content is the
 * same (indentation, key order, a final newline): `list`, `diff` and `restore` say exactly this.
 */
const FORMATTING_ONLY = 'formatting only';
/** Two versions of a file differ in formatting only: both JSON, both parse, and to equal values. */
function isFormattingOnly(file, before, after) {
    if (kindOfPath(file) !== 'json')
        return false;
    const a = parsed(before);
    if (a === NOT_JSON)
        return false;
    const b = parsed(after);
    return b !== NOT_JSON && deepEqual(a, b);
}
const NOT_JSON = Symbol('not JSON');
function parsed(bytes) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
        return NOT_JSON;
    const result = parseJson(decoded.text);
    return result.ok ? result.value : NOT_JSON;
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Nq: () => (/* binding */ redactAt),
/* harmony export */   VL: () => (/* binding */ secretPairField),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   ZT: () => (/* binding */ isSecretFlag),
/* harmony export */   bL: () => (/* binding */ rememberPatchSecrets),
/* harmony export */   jB: () => (/* binding */ redactPointer),
/* harmony export */   mL: () => (/* binding */ isSecretPointer),
/* harmony export */   oo: () => (/* binding */ isSecretEntity),
/* harmony export */   rd: () => (/* binding */ redactString),
/* harmony export */   wp: () => (/* binding */ DEFAULT_SECRET_KEYS)
/* harmony export */ });
/* unused harmony exports isSecretKey, maskedPointers, redactOperationValue, secretsOfPatch */
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3044);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2393);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(793);



/** The same list the tool's settings default to, so a bare library call is as careful as the CLI. */
const DEFAULT_SECRET_KEYS = _config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SETTINGS */ .a$.secretKeys;
const REDACTED = '•••';
/** `githubAPIToken` → github, api, token; `client_secret` → client, secret. */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** Plural and singular name the same secret: `tokens`, `api_keys`, `apiKeys`, `credentials`. */
function singular(word) {
    return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
/** Words that make a key a count or a limit of something, not the thing: `max_tokens_per_session`. */
const QUANTITY_WORDS = new Set(['max', 'min', 'num', 'count', 'limit', 'total', 'per', 'budget']);
/**
 * Whether a key names a secret: the fragment's words appear in the key's words, case and plural
 * insensitive (`api_key` catches `apiKeys` and `github-api-key`), or a one-word fragment ends a
 * word written without separators (`dbpassword`). Whole words, and a key that counts or limits
 * something (`max_tokens_per_session`) is not a secret.
 */
function isSecretKey(key, secretKeys = DEFAULT_SECRET_KEYS) {
    // Called for every key of every value shown (and every segment of every pointer): memoised per list.
    if (/^\d*$/.test(key))
        return false;
    let known = verdicts.get(secretKeys);
    if (!known)
        verdicts.set(secretKeys, (known = new Map()));
    let verdict = known.get(key);
    if (verdict === undefined) {
        verdict = judgeKey(key, needlesOf(secretKeys));
        if (known.size < 50_000)
            known.set(key, verdict);
    }
    return verdict;
}
const verdicts = new WeakMap();
const needles = new WeakMap();
function needlesOf(secretKeys) {
    let list = needles.get(secretKeys);
    if (!list)
        needles.set(secretKeys, (list = secretKeys.map((fragment) => words(fragment).map(singular)).filter((n) => n.length > 0)));
    return list;
}
function judgeKey(key, needleList) {
    const raw = words(key);
    if (raw.some((w) => QUANTITY_WORDS.has(w)))
        return false;
    const keyWords = raw.map(singular);
    return needleList.some((needle) => {
        const [first] = needle;
        if (needle.length === 1)
            return keyWords.some((w) => w === first || (w.endsWith(first) && first.length >= 5));
        for (let i = 0; i + needle.length <= keyWords.length; i++)
            if (needle.every((w, j) => keyWords[i + j] === w))
                return true;
        return keyWords.join('') === needle.join('');
    });
}
/** Fields that name an entry in `[{name, value}]`-style lists (environment variables, headers). */
const PAIR_NAME_FIELDS = ['name', 'key', 'id', 'header', 'variable', 'env'];
const PAIR_VALUE_FIELDS = ['value', 'secret_value', 'val'];
/** The field holding a secret in a `{name: "API_TOKEN", value: "…"}` pair, if the object is one. */
function secretPairField(value, secretKeys = DEFAULT_SECRET_KEYS) {
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return undefined;
    const name = PAIR_NAME_FIELDS.map((f) => value[f]).find((v) => typeof v === 'string');
    if (name === undefined || !isSecretKey(name, secretKeys))
        return undefined;
    return PAIR_VALUE_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(value, f));
}
/** `--api-key`, `-token`, `--password`: a command-line flag whose name is secret-like. */
function isSecretFlag(text, secretKeys = DEFAULT_SECRET_KEYS) {
    if (typeof text !== 'string')
        return false;
    const match = /^--?([A-Za-z][\w.-]*)$/.exec(text);
    return match !== null && isSecretKey(match[1], secretKeys);
}
/**
 * A string with the credentials that show by their form masked, wherever it sits: URL user info
 * (`postgres://user:pw@host`), secret-named query parameters, `Bearer …`/`Basic …`, and
 * `--token=…` / `--api-key …` inside a command line.
 */
function redactString(text, secretKeys = DEFAULT_SECRET_KEYS) {
    // Most values are names and numbers: each pattern runs only where its marker occurs.
    let shown = text;
    if (shown.includes('://'))
        shown = shown.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/?#\s@]+)@/gi, `$1${REDACTED}@`);
    if (shown.includes('=')) {
        shown = shown.replace(/([?&;])([^=&#\s]+)=([^&#\s]+)/g, (all, sep, name) => isSecretKey(name, secretKeys) ? `${sep}${name}=${REDACTED}` : all);
    }
    if (AUTH_SCHEME.test(shown))
        shown = shown.replace(/\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=:-]{6,}/g, `$1 ${REDACTED}`);
    if (shown.includes('-')) {
        shown = shown.replace(/(^|\s)(--?[A-Za-z][\w.-]*)(=|\s+)(?!-)(\S+)/g, (all, lead, flag, sep) => isSecretFlag(flag, secretKeys) ? `${lead}${flag}${sep}${REDACTED}` : all);
    }
    return shown;
}
const AUTH_SCHEME = /\b(?:Bearer|Basic|Token|Digest)\s/;
/** A copy of the value in which everything under a secret key, and every credential-shaped value, is `•••`. */
function redact(value, secretKeys = DEFAULT_SECRET_KEYS) {
    if (typeof value === 'string')
        return redactString(value, secretKeys);
    if (Array.isArray(value)) {
        // `["--api-key", "sk-…"]`: the item after a secret-named flag is its value.
        return value.map((item, i) => i > 0 &&
            typeof item === 'string' &&
            typeof value[i - 1] === 'string' &&
            isSecretFlag(value[i - 1], secretKeys)
            ? REDACTED
            : redact(item, secretKeys));
    }
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value))
        return value;
    const pairField = secretPairField(value, secretKeys);
    const copy = {};
    for (const key of Object.keys(value)) {
        const shown = key === pairField || isSecretKey(key, secretKeys) ? REDACTED : redact(value[key], secretKeys);
        Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
    }
    return copy;
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.slice(1).split('/').map(_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5);
}
/** Whether the value at this pointer lies under a secret key (at any depth). */
function isSecretPointer(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    return pointerSegments(pointer).some((segment) => isSecretKey(segment, secretKeys));
}
/** The value as it may be shown, knowing where it sits in its document. */
function redactAt(pointer, value, secretKeys = DEFAULT_SECRET_KEYS) {
    return isSecretPointer(pointer, secretKeys) ? REDACTED : redact(value, secretKeys);
}
/**
 * The pointer as it may be shown: segments below a secret key are masked, because maps under
 * such keys are sometimes keyed by the secrets themselves.
 */
function redactPointer(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    let masked = false;
    let shown = '';
    for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
        shown += `/${masked ? REDACTED : raw}`;
        if (isSecretKey((0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .unescapePointerSegment */ .J5)(raw), secretKeys))
            masked = true;
    }
    return shown;
}
/** Whether an entity's id must be hidden: maps under secret keys are sometimes keyed by the secrets themselves. */
function isSecretEntity(pointer, secretKeys = DEFAULT_SECRET_KEYS) {
    return isSecretPointer(pointer.slice(0, Math.max(0, pointer.lastIndexOf('/'))), secretKeys);
}
/**
 * Pointers whose values the semantic diff masked although no key on their path is secret
 * (the `value` of a `{name: "API_TOKEN", value}` pair): a patch operation at or below one of
 * them must be masked too, since the operation alone cannot tell.
 */
function maskedPointers(changes) {
    return changes.filter((c) => c.from === REDACTED || c.to === REDACTED).map((c) => c.pointer);
}
/**
 * An operation's value as it may be shown, given {@link maskedPointers} of its file and the
 * secrets {@link secretsOfPatch} remembers for its patch.
 */
function redactOperationValue(path, value, masked, secretKeys = DEFAULT_SECRET_KEYS, known = NO_SECRETS) {
    if (masked.some((p) => path === p || path.startsWith(`${p}/`)))
        return REDACTED;
    return scrubKnown(redactAt(path, value, secretKeys), known);
}
const NO_SECRETS = new Set();
/**
 * Every scalar `redact` would hide in this document, as text: values under secret keys, the value
 * of a secret `{name, value}` pair, the item after `--api-key` in an array. A patch operation
 * loses the context that made them secret (`replace /args/3` does not say that item 2 is
 * `--api-key`, and indices shift between the two sides), so its values are checked against these.
 */
function secretScalars(value, secretKeys = DEFAULT_SECRET_KEYS, into = new Set()) {
    const walk = (node, hidden) => {
        if (typeof node === 'string') {
            if (hidden && node !== '' && node !== REDACTED)
                into.add(node);
        }
        else if (typeof node === 'number') {
            if (hidden)
                into.add(String(node));
        }
        else if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, hidden ||
                (i > 0 &&
                    typeof item === 'string' &&
                    typeof node[i - 1] === 'string' &&
                    isSecretFlag(node[i - 1], secretKeys))));
        }
        else if ((0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(node)) {
            const pairField = secretPairField(node, secretKeys);
            for (const key of Object.keys(node))
                walk(node[key], hidden || key === pairField || isSecretKey(key, secretKeys));
        }
    };
    walk(value, false);
    return into;
}
/** A copy in which every string (or number) equal to a known secret, or holding a long one, is `•••`. */
function scrubKnown(value, known) {
    if (known.size === 0)
        return value;
    if (typeof value === 'string') {
        if (known.has(value))
            return REDACTED;
        let shown = value;
        // Long secrets are masked inside other text too; short ones only whole, or "read" would go everywhere.
        for (const secret of known)
            if (secret.length >= 8 && shown.includes(secret))
                shown = shown.split(secret).join(REDACTED);
        return shown;
    }
    if (typeof value === 'number')
        return known.has(String(value)) ? REDACTED : value;
    if (Array.isArray(value))
        return value.map((item) => scrubKnown(item, known));
    if (!isPlainObject(value))
        return value;
    const copy = {};
    for (const key of Object.keys(value)) {
        Object.defineProperty(copy, key, {
            value: scrubKnown(value[key], known),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return copy;
}
/**
 * The secrets of the two documents a patch was computed from, kept beside the patch rather than in
 * it: the patch is part of a result that is serialised, and must never carry them a second time.
 */
const patchSecrets = new WeakMap();
function rememberPatchSecrets(patch, before, after, secretKeys) {
    patchSecrets.set(patch, secretScalars(after, secretKeys, secretScalars(before, secretKeys)));
}
function secretsOfPatch(patch) {
    return (patch && patchSecrets.get(patch)) || NO_SECRETS;
}


/***/ }),

/***/ 793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Pe: () => (/* binding */ withoutKeys),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   u_: () => (/* binding */ isContainer)
/* harmony export */ });
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3044);

function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null;
}
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** Equality of JSON values: key order does not matter, array order does. */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => deepEqual(item, b[i]));
    }
    if (isPlainObject(a)) {
        if (!isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((key) => hasOwn(b, key) && deepEqual(a[key], b[key]));
    }
    return false;
}
/** JSON text with object keys sorted, so equal values always serialise the same way. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isPlainObject(value)) {
        const members = Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${members.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** A deep copy that keeps own `__proto__` keys as data (JSON.parse defines them properly). */
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
function childPointer(pointer, segment) {
    return `${pointer}/${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerSegment */ .mE)(String(segment))}`;
}
function withoutKeys(object, drop) {
    const rest = {};
    for (const key of Object.keys(object))
        if (!drop(key))
            Object.defineProperty(rest, key, { value: object[key], enumerable: true, writable: true, configurable: true });
    return rest;
}


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports readBackupFiles, validateBackup */
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1883);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1015);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9301);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2393);





/** A backup's files as they were backed up; refuses a backup whose manifest or content does not check out. */
async function readBackupFiles(backupDir, name) {
    const backup = await openBackup(backupDir, name);
    const problems = [];
    const files = [];
    for (const file of backup.manifest.files) {
        try {
            files.push({ path: file.path, bytes: await backup.read(file) });
        }
        catch (error) {
            if (!(error instanceof BackupDamagedError))
                throw error;
            problems.push(...error.problems);
        }
    }
    // Same verdict as `verify`: a backup with unlisted files is damaged, even if none is ever read.
    for (const extra of await extraFiles(backup.dir, backup.manifest))
        problems.push(extra.message);
    if (problems.length > 0)
        throw new BackupDamagedError(name, problems);
    return { manifest: backup.manifest, files };
}
/** Validates a backup's content exactly as `validateConfig` validates the live config. */
async function validateBackup(backupDir, name, settings = DEFAULT_SETTINGS) {
    const { files } = await readBackupFiles(backupDir, name);
    return validateDocuments(files, { settings });
}


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gu: () => (/* binding */ verifyBackup)
/* harmony export */ });
/* unused harmony exports verifyBackups, extraFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8378);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1883);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7309);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2048);
/* harmony import */ var _store_pack_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(936);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(2581);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5637);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4301);











/** Recomputes every checksum of one backup and reports each difference from its manifest. */
async function verifyBackup(backupDir, name, options = {}) {
    const loaded = await (0,_store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    const problems = loaded.problems.map((message) => ({
        kind: message.includes('not a directory') ? 'not-a-directory' : 'manifest',
        message,
    }));
    const manifest = loaded.manifest;
    if (manifest) {
        const content = (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedContentReader */ .Ud)(backupDir, loaded.dir, manifest);
        const trusted = options.trustedPacks ?? new Set();
        const packSizes = new Map();
        const read = async (file) => {
            const pack = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? manifest.packs?.[file.pack] : undefined;
            if (!pack || !trusted.has(pack) || !(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file))
                return content(file);
            let size = packSizes.get(pack);
            if (!size)
                packSizes.set(pack, (size = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_store_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, pack)).then((s) => s.size)));
            if ((await size) < file.offset + file.storedSize)
                throw Object.assign(new Error('pack too short'), { code: 'ETRUNCATED' });
            return undefined;
        };
        // Files sharing a pack member are checked together, members several at a time, so each
        // member is inflated once and the thread pool inflates several at once.
        const groups = new Map();
        for (const file of manifest.files) {
            const key = (0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `${file.pack}:${file.offset}` : file.path;
            const group = groups.get(key);
            if (group)
                group.push(file);
            else
                groups.set(key, [file]);
        }
        const tick = (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_10__/* .progressCounter */ .Q)(options.onProgress, 'verifying', manifest.files.length);
        const checked = await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .sf)([...groups.values()], 4, async (files) => {
            const found = [];
            for (const file of files) {
                const problem = await checkFile(read, manifest, file);
                tick();
                if (problem)
                    found.push(problem);
            }
            return found;
        });
        const byPath = new Map(checked.flat().map((p) => [p.path, p]));
        for (const file of manifest.files) {
            const problem = byPath.get(file.path);
            if (problem)
                problems.push(problem);
        }
        problems.push(...(await extraFiles(loaded.dir, manifest)));
    }
    const result = manifest
        ? { name, ok: problems.length === 0, problems, manifest }
        : { name, ok: problems.length === 0, problems };
    if (options.record) {
        await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .appendHistory */ .b)(backupDir, {
            operation: 'verify',
            backup: name,
            outcome: result.ok ? 'success' : 'failure',
            ...(result.ok ? {} : { detail: problems.map((p) => p.message).join('; ') }),
        });
    }
    return result;
}
/** Verifies the named backups, or all of them. */
async function verifyBackups(backupDir, names, options = {}) {
    const all = !names || names.length === 0;
    const targets = all ? await backupNames(backupDir) : names;
    const results = [];
    for (const name of targets) {
        // Verifying the whole store takes no lock: a backup a concurrent clean removed after the
        // listing is gone, not damaged. Names asked for explicitly are still reported as missing.
        const result = await verifyBackup(backupDir, name, options).catch((error) => {
            if (all && error instanceof BackupNotFoundError)
                return null;
            throw error;
        });
        if (!result)
            continue;
        if (all &&
            !result.ok &&
            !(await lstat(path.join(backupDir, name)).then(() => true, () => false)))
            continue;
        results.push(result);
    }
    return results;
}
async function checkFile(read, manifest, file) {
    let content;
    try {
        content = await read(file);
        if (content === undefined)
            return undefined;
    }
    catch (error) {
        return { ...(0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .storedCopyProblem */ .m3)(manifest, file, error), path: file.path };
    }
    const digest = (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(content);
    if (digest !== file.sha256 || content.length !== file.size) {
        return {
            kind: 'altered',
            path: file.path,
            message: `${file.path}: content changed (sha256 ${digest.slice(0, 12)}…, expected ${file.sha256.slice(0, 12)}…)`,
        };
    }
    return undefined;
}
/** Files in a backup's directory that its manifest does not list. */
async function extraFiles(dir, manifest) {
    const expected = new Set([(0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestFileName */ .V6)(manifest), ...manifest.files.flatMap((f) => f.stored ?? [])]);
    const found = [];
    const walk = async (abs, rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, entry.name), relPath);
            else if (!expected.has(relPath))
                found.push({ kind: 'extra', path: relPath, message: `${relPath}: not listed in the manifest` });
        }
    };
    await walk(dir, '');
    return found;
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ kindOfPath),
/* harmony export */   KH: () => (/* binding */ isText)
/* harmony export */ });
/* unused harmony export kindOf */
const YAML_EXTENSIONS = /\.(ya?ml)$/i;
/** The kind a path promises, before its content is known: `other` is text or binary. */
function kindOfPath(file) {
    if (/\.json$/i.test(file))
        return 'json';
    if (YAML_EXTENSIONS.test(file))
        return 'yaml';
    return 'other';
}
/** A file's kind from its path and, for files that are neither JSON nor YAML, its content. */
function kindOf(file, bytes) {
    const byPath = kindOfPath(file);
    if (byPath !== 'other')
        return byPath;
    return isText(bytes) ? 'text' : 'binary';
}
const strict = new TextDecoder('utf-8', { fatal: true });
/** Valid UTF-8 without NUL bytes: what git and diff tools also take for text. */
function isText(bytes) {
    if (bytes.includes(0))
        return false;
    try {
        strict.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 7473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ journalPath),
/* harmony export */   KJ: () => (/* binding */ setJournalAside),
/* harmony export */   Sw: () => (/* binding */ removeJournal),
/* harmony export */   _e: () => (/* binding */ loadJournal),
/* harmony export */   fS: () => (/* binding */ JOURNAL_KEY_FILE),
/* harmony export */   fY: () => (/* binding */ writeJournal)
/* harmony export */ });
/* unused harmony exports stagingDirOf, peekJournal, journalKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8378);
/* harmony import */ var _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1589);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3742);
/* harmony import */ var _store_manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2048);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1833);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5637);
/* harmony import */ var _legacy_journal_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(9993);











const JOURNAL_FILE = '.restore-journal.json';
/** The secret that authenticates journals: only a journal this store's user wrote is ever executed. */
const JOURNAL_KEY_FILE = '.journal-key';
const REJECTED_PREFIX = '.rejected-journal-';
function journalPath(backupDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, JOURNAL_FILE);
}
function stagingDirOf(configRoot) {
    return node_path__WEBPACK_IMPORTED_MODULE_3__.join(configRoot, _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .RESTORE_STAGING_DIR */ .T);
}
/**
 * The journal as it lies on disk, unchecked: only for decisions that cannot hurt when it is
 * planted (clean keeps the backups it names).
 */
async function peekJournal(backupDir) {
    try {
        const raw = JSON.parse(await readFile(journalPath(backupDir), 'utf8'));
        return typeof raw === 'object' && raw !== null ? raw : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The store's journal key. It is trusted only as a regular file owned by this user and readable
 * by nobody else: anyone who can write into a shared store could otherwise replace it.
 */
async function journalKey(backupDir, create) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, JOURNAL_KEY_FILE);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return null;
        throw error;
    });
    if (!info) {
        if (!create)
            return null;
        await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .writeNewFile */ .S0)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('hex'), 0o600).catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'EEXIST')
                throw error;
        });
        return journalKey(backupDir, false);
    }
    const uid = typeof process.geteuid === 'function' ? process.geteuid() : info.uid;
    if (!info.isFile())
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, 'it is not a regular file');
    if ((info.mode & 0o077) !== 0)
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, `others may read or change it (mode ${(info.mode & 0o777).toString(8)})`);
    if (info.uid !== uid)
        throw new _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS(file, `it belongs to uid ${info.uid}, not to you (uid ${uid})`, info.uid);
    return Buffer.from(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'), 'utf8');
}
function macOf(key, journal) {
    const { mac: _ignored, ...rest } = journal;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update((0,_store_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .dj)(rest)).digest('hex');
}
/** Replaces the journal atomically (a crash leaves the old version or the new one), signed. */
async function writeJournal(backupDir, key, journal) {
    const signed = { ...journal, mac: macOf(key, journal) };
    const file = journalPath(backupDir);
    const temp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    // Readable by all: it holds no secret (the signature is what matters), and another user must
    // be able to see whose interrupted restore it is.
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .writeNewFile */ .S0)(temp, JSON.stringify(signed, null, 2), 0o644);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .fsyncDir */ .t_)(backupDir);
    return signed;
}
/**
 * Reads the journal and decides whether it may be executed: it must be signed with this store's
 * key, and even then every path in it must be confined (the staging dir the known one inside its
 * config dir, every operation a safe relative path that is not the tool's own).
 */
async function loadJournal(backupDir) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(journalPath(backupDir), 'utf8');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            return undefined;
        throw error;
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { rejected: 'it is not valid JSON' };
    }
    // An older version's journal: never executed, but what it says is worth telling the user.
    if ((0,_legacy_journal_js__WEBPACK_IMPORTED_MODULE_10__/* .isLegacyJournal */ .f)(raw))
        return { legacy: raw };
    const problem = shapeProblem(raw, backupDir);
    if (problem)
        return { rejected: problem };
    const journal = raw;
    let key;
    try {
        key = await journalKey(backupDir, false);
    }
    catch (error) {
        // Another user's private key: their journal may be their interrupted restore; leave it to them.
        if (error instanceof _errors_restore_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalKeyError */ .DS && error.ownerUid !== undefined)
            return { otherUser: error.ownerUid };
        return { rejected: error.message };
    }
    if (!key)
        return { rejected: `the store has no journal key (${JOURNAL_KEY_FILE}), so it did not write this journal` };
    const expected = Buffer.from(macOf(key, journal), 'hex');
    const actual = Buffer.from(String(journal.mac), 'hex');
    if (actual.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected))
        return { rejected: "its signature does not match the store's journal key (planted or edited)" };
    return { journal, key };
}
function shapeProblem(raw, backupDir) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return 'it is not a JSON object';
    const j = raw;
    if (j.version !== 2)
        return `it has format ${JSON.stringify(j.version)}, not 2`;
    if (typeof j.backup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV)(j.backup))
        return 'it names no valid backup';
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidName */ .uV)(j.safetyBackup)))
        return 'its safety backup name is not valid';
    if (typeof j.configDir !== 'string' || !node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(j.configDir) || node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(j.configDir) !== j.configDir)
        return 'its config dir is not an absolute, normalised path';
    if (resolved(j.configDir) !== j.configDir)
        return `its config dir ${j.configDir} is reached through a symlink`;
    if (j.stagingDir !== stagingDirOf(j.configDir))
        return `its staging dir ${JSON.stringify(j.stagingDir)} is not ${stagingDirOf(j.configDir)}`;
    if (!['staging', 'applying', 'applied', 'rolling-back'].includes(String(j.phase)))
        return 'its phase is unknown';
    if (!Array.isArray(j.operations) || !Array.isArray(j.createdDirs) || typeof j.mac !== 'string')
        return 'it lacks operations, directories or a signature';
    const owned = (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPaths */ .qX)({ configDir: j.configDir, backupDir });
    const sha = (v) => v === null || (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
    const seen = new Set();
    for (const op of j.operations) {
        const o = op;
        if (!o || typeof o.path !== 'string' || !sha(o.before) || !sha(o.after) || (o.before === null && o.after === null))
            return 'an operation is malformed';
        if ((0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPathProblem */ .ic)(o.path, owned))
            return `an operation names ${JSON.stringify(o.path)}, outside what a restore may touch`;
        if (seen.has(o.path))
            return `it names ${JSON.stringify(o.path)} twice`;
        seen.add(o.path);
    }
    for (const dir of j.createdDirs) {
        if (typeof dir !== 'string' || (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPathProblem */ .ic)(dir, owned) || ![...seen].some((p) => p.startsWith(`${dir}/`)))
            return `a directory it would remove (${JSON.stringify(dir)}) is not one it creates`;
    }
    return null;
}
function resolved(dir) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(dir);
    }
    catch {
        return dir;
    }
}
/** Ends a transaction: the staging dir (with the originals set aside) and the journal go. */
async function removeJournal(backupDir, journal) {
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .removeTree */ .dM)(journal.stagingDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(journalPath(backupDir)).catch((error) => {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
            throw error;
    });
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_9__/* .fsyncDir */ .t_)(backupDir);
}
/** A refused journal is kept for inspection under a name of the store's own, never executed. */
async function setJournalAside(backupDir, now = new Date()) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3__.join(backupDir, `${REJECTED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.json`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(journalPath(backupDir), target);
        return target;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 9993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ inspectLegacyJournal),
/* harmony export */   f: () => (/* binding */ isLegacyJournal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8378);
/* harmony import */ var _config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3742);
/* harmony import */ var _store_backup_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1883);
/* harmony import */ var _store_names_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1833);







function isLegacyJournal(raw) {
    return typeof raw === 'object' && raw !== null && raw.version === 1;
}
/** What can be known from a format-1 journal without trusting it; null when it is not even shaped like one. */
async function inspectLegacyJournal(raw, backupDir) {
    const j = raw;
    if (j.purpose !== 'restore' && j.purpose !== 'rollback')
        return null;
    if (typeof j.backup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidName */ .uV)(j.backup))
        return null;
    if (j.safetyBackup !== null && (typeof j.safetyBackup !== 'string' || !(0,_store_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidName */ .uV)(j.safetyBackup)))
        return null;
    if (typeof j.configDir !== 'string' || !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(j.configDir))
        return null;
    if (j.phase !== 'staging' && j.phase !== 'applying' && j.phase !== 'applied')
        return null;
    if (!Array.isArray(j.operations))
        return null;
    const owned = (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedPaths */ .qX)({ configDir: j.configDir, backupDir });
    const operations = j.operations.filter((op) => typeof op === 'object' &&
        op !== null &&
        typeof op.path === 'string' &&
        (0,_config_owned_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedPathProblem */ .ic)(op.path, owned) === null &&
        (op.action === 'remove' || (op.action === 'write' && typeof op.sha256 === 'string')));
    if (operations.length !== j.operations.length)
        return null;
    // A rollback journal's `backup` is the safety backup: finishing it goes back to before.
    const target = j.backup;
    const before = j.purpose === 'rollback' ? null : j.safetyBackup;
    const [targetFiles, beforeFiles] = await Promise.all([
        manifestFiles(backupDir, target),
        before ? manifestFiles(backupDir, before) : Promise.resolve(undefined),
    ]);
    const now = new Map(await Promise.all(operations.map(async (op) => [op.path, await sha256Of(node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.configDir, ...op.path.split('/')))])));
    const done = operations.every((op) => now.get(op.path) === (op.action === 'write' ? op.sha256 : null));
    const untouched = beforeFiles !== undefined && operations.every((op) => now.get(op.path) === (beforeFiles.get(op.path) ?? null));
    return {
        purpose: j.purpose,
        configDir: j.configDir,
        stagingDir: node_path__WEBPACK_IMPORTED_MODULE_2__.join(j.configDir, '.orch-backup-restore'),
        phase: j.phase,
        finishWith: targetFiles ? target : null,
        goBackWith: beforeFiles && before ? before : null,
        missing: [...(targetFiles ? [] : [target]), ...(before && !beforeFiles ? [before] : [])],
        state: j.phase === 'staging' || (untouched && !done) ? 'untouched' : done ? 'finished' : 'mixed',
    };
}
/** The backup's files by path and SHA-256, from its checked manifest; undefined when it is gone or damaged. */
async function manifestFiles(backupDir, name) {
    try {
        const backup = await (0,_store_backup_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .openBackup */ .Tw)(backupDir, name);
        return new Map(backup.manifest.files.map((f) => [f.path, f.sha256]));
    }
    catch {
        return undefined;
    }
}
async function sha256Of(file) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file))
            .digest('hex');
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOENT' || (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errnoOf */ .UQ)(error) === 'ENOTDIR')
            return null;
        return 'unreadable';
    }
}


/***/ }),

/***/ 1883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ openBackup),
/* harmony export */   Ud: () => (/* binding */ storedContentReader),
/* harmony export */   m3: () => (/* binding */ storedCopyProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8378);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2048);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6624);
/* harmony import */ var _config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(936);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(2581);









const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzip);
/** Opens a backup whose manifest checks out; reads no file content yet. */
async function openBackup(backupDir, name) {
    const loaded = await (0,_store_js__WEBPACK_IMPORTED_MODULE_8__/* .loadManifest */ .eY)(backupDir, name);
    if (!loaded.manifest)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestError */ .Sh(name, loaded.problems.join('; '));
    if (loaded.problems.length > 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, loaded.problems);
    const { dir, manifest } = loaded;
    const content = storedContentReader(backupDir, dir, manifest);
    return {
        name,
        dir,
        manifest,
        read: async (file) => {
            let bytes;
            try {
                bytes = await content(file);
            }
            catch (error) {
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [storedCopyProblem(manifest, file, error).message]);
            }
            if (bytes.length !== file.size || (0,_config_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(bytes) !== file.sha256)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BackupDamagedError */ .EF(name, [`${file.path}: content changed`]);
            return bytes;
        },
    };
}
/** Why a file's stored copy could not be read, in the words `verify`, `restore` and `diff` all use. */
function storedCopyProblem(manifest, file, error) {
    const where = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file) ? `in pack ${manifest.packs?.[file.pack]?.slice(0, 12)}…` : file.stored;
    const code = (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errnoOf */ .UQ)(error);
    if (code === 'ENOENT')
        return { kind: 'missing', message: `${file.path}: stored copy ${where} is missing` };
    if (code === 'ETRUNCATED')
        return { kind: 'altered', message: `${file.path}: stored copy ${where} is truncated` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
        return { kind: 'unreadable', message: `${file.path}: stored copy is unreadable (${code})` };
    return {
        kind: 'unreadable',
        message: `${file.path}: stored copy ${where} is corrupt (${code ?? error.message})`,
    };
}
/**
 * Reads files' content as stored, unchecked. Files of one pack block share a gzip member;
 * the last few decompressed members are kept so reading a backup in order inflates each once.
 */
function storedContentReader(backupDir, dir, manifest) {
    const members = new Map();
    return async (file) => {
        if (!(0,_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .isPackedEntry */ .Bd)(file)) {
            const stored = file.stored ?? '';
            const raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ...stored.split('/')));
            return stored.endsWith('.gz') ? gunzip(raw) : raw;
        }
        const pack = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .packPath */ .x9)(backupDir, manifest.packs?.[file.pack] ?? '');
        const key = `${file.pack}:${file.offset}`;
        let member = members.get(key);
        if (!member) {
            member = (0,_pack_js__WEBPACK_IMPORTED_MODULE_6__/* .readMember */ .hd)(pack, file.offset, file.storedSize);
            members.set(key, member);
            if (members.size > 8)
                members.delete(members.keys().next().value);
        }
        const content = await member;
        if (file.start + file.size > content.length)
            throw Object.assign(new Error('short member'), { code: 'ETRUNCATED' });
        return content.subarray(file.start, file.start + file.size);
    };
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ appendHistory)
/* harmony export */ });
/* unused harmony export readHistory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8378);
/* harmony import */ var _diff_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7990);




const HISTORY_FILE = 'history.jsonl';
/**
 * Appends one line with a single O_APPEND write, so concurrent writers never interleave
 * inside a line. History is a record, not a dependency: this never throws. A failed append
 * comes back as a one-line warning for the caller to report beside the operation's outcome,
 * which it must not change (the backup exists whether or not the log says so).
 */
async function appendHistory(backupDir, entry) {
    // Errors and details may quote what git or a file said: the log masks credentials as every output does.
    const line = `${JSON.stringify((0,_diff_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)({ time: entry.time ?? new Date().toISOString(), ...entry }))}\n`;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(backupDir, HISTORY_FILE);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'a+', 0o644);
        try {
            // A crash may have left a torn last line without its newline: start a fresh line, or the
            // torn one would swallow this entry too.
            const { size } = await handle.stat();
            const last = Buffer.alloc(1);
            const torn = size > 0 && (await handle.read(last, 0, 1, size - 1)).bytesRead === 1 && last[0] !== 0x0a;
            await handle.write(torn ? `\n${line}` : line);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return undefined;
    }
    catch (error) {
        return `the operation was not recorded in ${file} (${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoOf */ .UQ)(error) ?? error.message})`;
    }
}
/** Reads the log, skipping torn lines left by a crash but keeping an entry glued to one. */
async function readHistory(backupDir) {
    let text;
    try {
        text = await readFile(path.join(backupDir, HISTORY_FILE), 'utf8');
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return [];
        throw error;
    }
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const entry = parseLine(line);
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/**
 * One line, or (written by older versions, which appended straight after a torn line) a torn
 * prefix followed by a whole entry: the last `{"time":` that starts a parseable rest wins.
 */
function parseLine(line) {
    for (let at = 0; at !== -1; at = line.indexOf('{"time":', at + 1)) {
        try {
            const value = JSON.parse(line.slice(at));
            // Lines an older version wrote were not masked: they are when read.
            if (value !== null && typeof value === 'object' && !Array.isArray(value))
                return redact(value);
        }
        catch {
            // A partial entry from an interrupted append: the operation itself is judged by the store.
        }
    }
    return undefined;
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isPackedEntry),
/* harmony export */   DB: () => (/* binding */ sealManifest),
/* harmony export */   GV: () => (/* binding */ LOOSE_FORMAT_VERSION),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   K$: () => (/* binding */ PACKED_MANIFEST_FILE),
/* harmony export */   Lw: () => (/* binding */ CHECKSUM_MISMATCH),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   V6: () => (/* binding */ manifestFileName),
/* harmony export */   VH: () => (/* binding */ isSafeRelativePath),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   qM: () => (/* binding */ FILES_DIR),
/* harmony export */   vS: () => (/* binding */ manifestChecksum)
/* harmony export */ });
/* unused harmony export isPacked */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3842);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1833);



const MANIFEST_FILE = 'manifest.json';
/** A packed backup's manifest, gzip-compressed: 2,000 entries are ~400 KB of JSON, ~110 KB gzipped. */
const PACKED_MANIFEST_FILE = 'manifest.json.gz';
const FILES_DIR = 'files';
/** Format 1: one stored copy per file. Format 2 adds packed backups (see docs/FORMAT.md). */
const FORMAT_VERSION = 2;
const LOOSE_FORMAT_VERSION = 1;
function isPackedEntry(file) {
    return file.pack !== undefined;
}
/**
 * RFC 8785 canonical JSON of a manifest-shaped value (objects, arrays, strings, integers, null):
 * JSON.stringify writes strings and numbers exactly as JCS does, and given every key, sorted,
 * as its property list it writes each object's members in that order. Native serialisation,
 * several times faster than walking the value in JS; a property test holds it to `canonicalize`.
 * A `__proto__` key would make JSON.stringify read every object's prototype, so values with one
 * (never a manifest this tool writes) go through `canonicalize` itself.
 */
function canonicalJson(value) {
    const keys = new Set();
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item !== 'object' || item === null)
            continue;
        if (Array.isArray(item)) {
            for (const element of item)
                stack.push(element);
            continue;
        }
        for (const key of Object.keys(item)) {
            keys.add(key);
            stack.push(item[key]);
        }
    }
    if (keys.has('__proto__'))
        return jcs(value) ?? '';
    return JSON.stringify(value, [...keys].sort());
}
// canonicalize is CommonJS whose typings claim an ES default export; at run time the import is the function.
const jcs = canonicalize__WEBPACK_IMPORTED_MODULE_1__;
function manifestChecksum(manifest) {
    const { checksum: _ignored, ...rest } = manifest;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest), 'utf8').digest('hex')}`;
}
function sealManifest(manifest) {
    return { ...manifest, checksum: manifestChecksum(manifest) };
}
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
function isPacked(manifest) {
    return Array.isArray(manifest.packs);
}
/** The manifest's file name inside its backup directory. */
function manifestFileName(manifest) {
    return isPacked(manifest) ? PACKED_MANIFEST_FILE : MANIFEST_FILE;
}
/**
 * Parses and checks a manifest read from disk or an archive. Returns the manifest and a list
 * of problems; a manifest with problems is never trusted for restore.
 */
const CHECKSUM_MISMATCH = 'manifest checksum mismatch (the manifest was edited or damaged)';
function parseManifest(text, expectedName, options = {}) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return {
            problems: [
                text.trim() === '' ? 'manifest.json is empty' : 'manifest.json is not valid JSON (truncated or edited?)',
            ],
        };
    }
    const version = raw?.formatVersion;
    // A newer format may be shaped differently: say so rather than list what looks wrong.
    if (typeof version === 'number' && version > FORMAT_VERSION) {
        return {
            problems: [
                `manifest format ${version} is newer than this tool understands (${FORMAT_VERSION}): upgrade orchestration-backup`,
            ],
        };
    }
    const problems = structuralProblems(raw);
    if (problems.length > 0)
        return { problems };
    const manifest = raw;
    if (options.checksum !== false && manifestChecksum(manifest) !== manifest.checksum)
        problems.push(CHECKSUM_MISMATCH);
    if (expectedName !== undefined && manifest.name !== expectedName) {
        problems.push(`manifest names the backup ${JSON.stringify(manifest.name)} but its directory is ${JSON.stringify(expectedName)}`);
    }
    return { manifest, problems };
}
function structuralProblems(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return ['manifest.json is not a JSON object'];
    const m = raw;
    const problems = [];
    const need = (key, ok) => {
        if (!ok)
            problems.push(`manifest field "${key}" is missing or has the wrong type`);
    };
    need('formatVersion', Number.isInteger(m.formatVersion));
    need('name', typeof m.name === 'string');
    need('createdAt', typeof m.createdAt === 'string' && !Number.isNaN(Date.parse(m.createdAt)));
    need('checksum', typeof m.checksum === 'string');
    need('compression', m.compression === 'none' || m.compression === 'gzip');
    need('tags', Array.isArray(m.tags) && m.tags.every((t) => typeof t === 'string'));
    need('totalSize', Number.isInteger(m.totalSize));
    need('files', Array.isArray(m.files));
    if (typeof m.name === 'string') {
        try {
            (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValidName */ .QB)(m.name);
        }
        catch (error) {
            problems.push(error.message);
        }
    }
    const packs = m.packs;
    if (Number.isInteger(m.formatVersion) && m.formatVersion >= 2 !== (packs !== undefined)) {
        problems.push(`manifest format ${String(m.formatVersion)} ${packs === undefined ? 'needs' : 'cannot have'} a "packs" field`);
    }
    if (packs !== undefined) {
        need('packs', Array.isArray(packs) &&
            packs.every((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p)) &&
            new Set(packs).size === packs.length);
        need('compression', m.compression === 'gzip');
    }
    const packCount = Array.isArray(packs) ? packs.length : 0;
    if (Array.isArray(m.files)) {
        const seen = new Set();
        m.files.forEach((f, i) => {
            const file = f;
            const located = packs === undefined ? typeof file?.stored === 'string' : packedLocationOk(file, packCount);
            if (!file ||
                typeof file.path !== 'string' ||
                !located ||
                typeof file.sha256 !== 'string' ||
                !Number.isInteger(file.size)) {
                problems.push(`manifest file entry ${i} is malformed`);
                return;
            }
            for (const p of packs === undefined ? [file.path, file.stored] : [file.path]) {
                if (!isSafeRelativePath(p))
                    problems.push(`manifest file entry ${i} has an unsafe path ${JSON.stringify(p)}`);
            }
            if (!/^[0-9a-f]{64}$/.test(file.sha256))
                problems.push(`manifest file entry ${i} has a malformed sha256`);
            if (seen.has(file.path))
                problems.push(`manifest lists ${file.path} twice`);
            seen.add(file.path);
        });
    }
    return problems;
}
function packedLocationOk(file, packCount) {
    const natural = (n) => Number.isSafeInteger(n) && n >= 0;
    return (!!file &&
        natural(file.pack) &&
        file.pack < packCount &&
        natural(file.offset) &&
        natural(file.start) &&
        natural(file.storedSize) &&
        file.stored === undefined);
}
/** A relative `/`-separated path that stays inside its root: no `..`, no absolute, no NUL or backslash. */
function isSafeRelativePath(p) {
    if (p === '' || p.startsWith('/') || p.includes('\\') || p.includes('\0') || /^[A-Za-z]:/.test(p))
        return false;
    return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}


/***/ }),

/***/ 1833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ assertNewName),
/* harmony export */   Fi: () => (/* binding */ uniqueName),
/* harmony export */   QB: () => (/* binding */ assertValidName),
/* harmony export */   e2: () => (/* binding */ timestampName),
/* harmony export */   uV: () => (/* binding */ isValidName)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8378);

const MAX_NAME_LENGTH = 100;
const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;
/** Store entries that are not backups; a backup may never take these names. */
const RESERVED = new Set(['history.jsonl']);
/** Throws InvalidNameError unless `name` can be a backup directory name. */
function assertValidName(name) {
    if (name.length === 0)
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it is empty');
    if (name.includes('\0'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a NUL byte');
    if (/[\r\n]/.test(name))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it contains a line break');
    if (name.includes('/') || name.includes('\\'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name === '.' || name === '..')
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'it must be a name, not a path');
    if (name.length > MAX_NAME_LENGTH) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, `it has ${name.length} characters (at most ${MAX_NAME_LENGTH})`);
    }
    if (!NAME_PATTERN.test(name)) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'use only letters A-Z a-z, digits, ".", "_" and "-"');
    }
    if (name.startsWith('.'))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'names starting with "." are reserved for the store');
    if (RESERVED.has(name.toLowerCase()))
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, 'this name is reserved for the store');
}
/**
 * Names a new backup may not take because the CLI reads them as something else: `diff`
 * takes `current` for the current config. Older stores may hold such a backup; it stays
 * readable under its name.
 */
const REFERENCES = new Set(['current']);
/** assertValidName, and not a name the CLI reads as something other than a backup. */
function assertNewName(name) {
    assertValidName(name);
    if (REFERENCES.has(name.toLowerCase())) {
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidNameError */ .Tw(name, `it is reserved: diff reads ${JSON.stringify(name.toLowerCase())} as the current config`);
    }
}
function isValidName(name) {
    try {
        assertValidName(name);
        return true;
    }
    catch {
        return false;
    }
}
/** `backup-YYYYMMDD-HHMMSS` in UTC; `prefix` allows `backup-pre-restore`. */
function timestampName(date, prefix = 'backup') {
    const iso = date.toISOString(); // 2024-01-20T10:30:45.123Z
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
    return `${prefix}-${stamp}`;
}
/** First of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
function uniqueName(base, taken) {
    if (!taken(base))
        return base;
    for (let n = 2;; n++) {
        const candidate = `${base}-${n}`;
        if (!taken(candidate))
            return candidate;
    }
}


/***/ }),

/***/ 6624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ PACKS_DIR),
/* harmony export */   hd: () => (/* binding */ readMember),
/* harmony export */   lp: () => (/* binding */ PackWriter),
/* harmony export */   rD: () => (/* binding */ removeUnreferencedPacks),
/* harmony export */   x9: () => (/* binding */ packPath)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8522);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8378);






const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzip);
const gunzip = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzip);
/** Packs live beside the backups; the leading dot keeps the directory out of the backup names. */
const PACKS_DIR = '.packs';
/**
 * Files are compressed in blocks of about this many bytes, one gzip member per block: small
 * JSON files compress far better together (deflate reuses the previous file's text), and a
 * reader still decompresses at most one block to reach any file.
 */
const BLOCK_BYTES = 1 << 20;
/** Blocks being compressed at once: the thread pool does the work while the caller reads and validates. */
const BLOCKS_IN_FLIGHT = 4;
function packPath(backupDir, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, `${id}.pack`);
}
/**
 * Writes a new pack file: the files given to `add`, grouped into blocks, each block one gzip
 * member, appended in order. The pack's id is the SHA-256 of its bytes, computed as written.
 */
class PackWriter {
    handle;
    level;
    locations = [];
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    block = [];
    blockBytes = 0;
    blockFiles = [];
    written = Promise.resolve();
    inFlight = 0;
    failure;
    constructor(handle, level) {
        this.handle = handle;
        this.level = level;
    }
    static async create(file, level) {
        return new PackWriter(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx', 0o444), level);
    }
    added = 0;
    get fileCount() {
        return this.added;
    }
    /** Queues one file's bytes; resolves when memory allows the next one. Returns its index. */
    async add(bytes) {
        const index = this.added++;
        this.blockFiles.push(index);
        this.block.push(bytes);
        this.blockBytes += bytes.length;
        if (this.blockBytes >= BLOCK_BYTES)
            this.flushBlock();
        while (this.inFlight >= BLOCKS_IN_FLIGHT && this.failure === undefined)
            await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        return index;
    }
    /** Writes the last block, fsyncs and closes; returns the pack's id and size. */
    async finish() {
        this.flushBlock();
        await this.written;
        if (this.failure !== undefined)
            throw this.failure;
        await this.handle.sync();
        await this.handle.close();
        return { id: this.hash.digest('hex'), size: this.size };
    }
    async abort() {
        await this.written.catch(() => undefined);
        await this.handle.close().catch(() => undefined);
    }
    flushBlock() {
        if (this.blockFiles.length === 0)
            return;
        const files = this.blockFiles;
        const content = this.block.length === 1 ? this.block[0] : Buffer.concat(this.block);
        const starts = [];
        let start = 0;
        for (const part of this.block) {
            starts.push(start);
            start += part.length;
        }
        this.block = [];
        this.blockBytes = 0;
        this.blockFiles = [];
        this.inFlight++;
        // A large output chunk: the default 16 KiB one costs a main-thread callback per chunk.
        const compressed = gzip(content, { level: this.level, chunkSize: 256 * 1024 });
        this.written = this.written.then(async () => {
            try {
                if (this.failure !== undefined)
                    return;
                const member = await compressed;
                await this.handle.write(member);
                this.hash.update(member);
                files.forEach((file, i) => {
                    this.locations[file] = { offset: this.size, storedSize: member.length, start: starts[i] };
                });
                this.size += member.length;
            }
            catch (error) {
                this.failure ??= error;
            }
            finally {
                this.inFlight--;
            }
        });
        compressed.catch(() => undefined);
    }
}
/** Reads one gzip member of a pack and returns its decompressed content. */
async function readMember(file, offset, length) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const raw = Buffer.allocUnsafe(length);
        const { bytesRead } = await handle.read(raw, 0, length, offset);
        if (bytesRead !== length)
            throw Object.assign(new Error(`pack ends ${length - bytesRead} bytes early`), { code: 'ETRUNCATED' });
        // One callback per MiB of output instead of per 16 KiB: a member inflates to about a block.
        return await gunzip(raw, { chunkSize: BLOCK_BYTES });
    }
    finally {
        await handle.close();
    }
}
/**
 * Deletes packs no backup references (left by a create that crashed before publishing, or
 * freed by clean). Callers hold the store lock. A backup whose manifest cannot be read might
 * reference any pack, so then nothing is deleted.
 */
async function removeUnreferencedPacks(backupDir, loaded) {
    if (loaded.some((entry) => !entry.manifest))
        return [];
    const referenced = new Set(loaded.flatMap((entry) => entry.manifest?.packs ?? []));
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR));
    }
    catch (error) {
        if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) === 'ENOENT')
            return [];
        throw error;
    }
    const removed = [];
    for (const name of names) {
        const id = /^([0-9a-f]{64})\.pack$/.exec(name)?.[1];
        if (!id || referenced.has(id))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(backupDir, PACKS_DIR, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch((error) => {
            if ((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .errnoOf */ .UQ)(error) !== 'ENOENT')
                throw error;
        });
        removed.push(id);
    }
    return removed;
}


/***/ }),

/***/ 2581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  th: () => (/* binding */ STAGING_PREFIX),
  _t: () => (/* binding */ TRASH_PREFIX),
  pS: () => (/* binding */ backupNames),
  GD: () => (/* binding */ confirmManifest),
  Em: () => (/* binding */ loadAllManifests),
  eY: () => (/* binding */ loadManifest),
  $_: () => (/* binding */ lockStore),
  QC: () => (/* binding */ publishStaged)
});

// UNUSED EXPORTS: ensureBackupDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./lib/errors/index.js + 5 modules
var errors = __nccwpck_require__(8378);
// EXTERNAL MODULE: ./lib/core/util/fs.js
var fs = __nccwpck_require__(5637);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/core/store/lock.js






const LOCK_FILE = '.lock';
/** restic's figures: a lock nobody refreshed for 30 minutes is stale; holders refresh every 5. */
const STALE_AFTER_MS = 30 * 60 * 1000;
const REFRESH_EVERY_MS = 5 * 60 * 1000;
/**
 * An exclusive lock on the store: a file created with O_EXCL that names its holder.
 * A lock is broken and taken over only when its holder is provably gone: on this machine and
 * in this PID namespace, its PID is dead or recycled. A holder this process cannot see (another
 * host, another PID namespace, /proc mounted hidepid) is judged by age instead: holders refresh
 * the lock every 5 minutes, and one not refreshed for 30 is stale.
 */
async function acquireLock(backupDir, options) {
    const lockPath = external_node_path_.join(backupDir, LOCK_FILE);
    const me = {
        pid: process.pid,
        ...machine(),
        startTime: processStartTime(process.pid),
        command: options.command,
        acquiredAt: new Date().toISOString(),
    };
    const body = JSON.stringify(me);
    const started = Date.now();
    const poll = options.pollMs ?? 50;
    for (;;) {
        try {
            // No fsync: O_EXCL creation is what excludes others, and after a crash the holder is dead anyway.
            await (0,fs/* writeNewFile */.S0)(lockPath, body, 0o644, false);
            return held(lockPath, body, options.refreshMs ?? REFRESH_EVERY_MS);
        }
        catch (error) {
            if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
                throw error;
        }
        const status = await inspectLock(backupDir);
        if (status?.stale) {
            await breakLock(lockPath, status.raw);
            continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.timeoutMs)
            throw new errors/* StoreBusyError */.VF(lockPath, status?.holder ?? {}, waited);
        await new Promise((resolve) => setTimeout(resolve, Math.min(poll, Math.max(1, options.timeoutMs - waited))));
    }
}
function held(lockPath, body, refreshMs) {
    // Touch the lock while it is held, so a process that cannot check our PID sees us alive.
    const timer = setInterval(() => {
        void (0,promises_.readFile)(lockPath, 'utf8')
            .then((current) => (current === body ? (0,promises_.utimes)(lockPath, new Date(), new Date()) : undefined))
            .catch(() => undefined);
    }, refreshMs);
    timer.unref();
    return {
        path: lockPath,
        release: async () => {
            clearInterval(timer);
            // Only remove the lock if it is still ours: a lock broken as stale may belong to someone else now.
            const current = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
            if (current === body)
                await (0,promises_.unlink)(lockPath).catch(() => undefined);
        },
    };
}
/** Who holds the store's lock and whether it may be broken; undefined when there is none. */
async function inspectLock(backupDir, staleAfterMs = STALE_AFTER_MS) {
    const lockPath = external_node_path_.join(backupDir, LOCK_FILE);
    let raw;
    let mtimeMs;
    try {
        [raw, mtimeMs] = await Promise.all([(0,promises_.readFile)(lockPath, 'utf8'), (0,promises_.stat)(lockPath).then((s) => s.mtimeMs)]);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    let holder = {};
    try {
        const parsed = JSON.parse(raw);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            holder = parsed;
    }
    catch {
        // judged below as an unreadable lock
    }
    const ageMs = Math.max(0, Date.now() - mtimeMs);
    return { path: lockPath, raw, holder, ageMs, ...verdict(holder, ageMs, staleAfterMs) };
}
function verdict(holder, ageMs, staleAfterMs) {
    if (typeof holder.pid !== 'number') {
        // The holder died between creating and writing it; give a live writer a moment.
        return ageMs > 2000
            ? { stale: true, reason: 'the lock file names no holder' }
            : { stale: false, reason: 'the lock is being written' };
    }
    const me = machine();
    const byAge = (why) => {
        const minutes = Math.floor(ageMs / 60_000);
        return ageMs > staleAfterMs
            ? { stale: true, reason: `${why}, and it has not refreshed the lock for ${minutes} minutes` }
            : {
                stale: false,
                reason: `${why}; it refreshed the lock ${minutes < 1 ? 'less than a minute' : `${minutes} minutes`} ago`,
            };
    };
    if (holder.hostname !== me.hostname)
        return byAge(`it runs on another host (${holder.hostname ?? 'unknown'})`);
    if (holder.bootId !== undefined && me.bootId !== undefined && holder.bootId !== me.bootId)
        return byAge('it runs on another machine or an earlier boot of this one (another boot id)');
    if (holder.pidNamespace !== undefined && me.pidNamespace !== undefined && holder.pidNamespace !== me.pidNamespace) {
        return byAge(`it runs in another PID namespace (${holder.pidNamespace}), whose processes this one cannot see`);
    }
    if (!pidExists(holder.pid))
        return { stale: true, reason: `process ${holder.pid} no longer exists` };
    const startTime = processStartTime(holder.pid);
    // Unreadable /proc/<pid>/stat (hidepid, another user) is "cannot see", never "dead".
    if (startTime === undefined)
        return byAge(`process ${holder.pid} exists but this process cannot inspect it`);
    if (holder.startTime !== undefined && startTime !== holder.startTime)
        return { stale: true, reason: `process ${holder.pid} is a different process now (its PID was reused)` };
    return { stale: false, reason: `process ${holder.pid} is running` };
}
/**
 * Removes the lock if it still holds exactly `seenRaw` (the content that was judged stale, or
 * that `unlock --force` showed): someone who replaced it meanwhile keeps it. A `.break` guard
 * keeps two breakers from removing each other's fresh lock. Returns whether it removed it.
 */
async function breakLock(lockPath, seenRaw) {
    const breaker = `${lockPath}.break`;
    try {
        await (0,fs/* writeNewFile */.S0)(breaker, String(process.pid), 0o644, false);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'EEXIST')
            throw error;
        const age = Date.now() -
            (await (0,promises_.stat)(breaker).then((s) => s.mtimeMs, () => Date.now()));
        if (age > 5000)
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        return false;
    }
    try {
        const now = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => undefined);
        if (now !== seenRaw)
            return false;
        const aside = `${lockPath}.stale-${process.pid}`;
        await (0,promises_.rename)(lockPath, aside);
        await (0,promises_.unlink)(aside).catch(() => undefined);
        return true;
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
/** A signal-0 probe: EPERM means it exists (another user's process); only ESRCH means gone. */
function pidExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,errors/* errnoOf */.UQ)(error) !== 'ESRCH';
    }
}
let machineCache;
/** This process's host name, boot id and PID namespace (the last two only where /proc shows them). */
function machine() {
    if (machineCache)
        return machineCache;
    const bootId = attempt(() => (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim());
    const pidNamespace = attempt(() => (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid'));
    machineCache = { hostname: (0,external_node_os_namespaceObject.hostname)(), ...(bootId ? { bootId } : {}), ...(pidNamespace ? { pidNamespace } : {}) };
    return machineCache;
}
function attempt(read) {
    try {
        return read();
    }
    catch {
        return undefined;
    }
}
function processStartTime(pid) {
    return attempt(() => {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22, counted after the parenthesised command name (which may itself contain spaces).
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    });
}

// EXTERNAL MODULE: ./lib/core/store/manifest.js
var store_manifest = __nccwpck_require__(2048);
// EXTERNAL MODULE: ./lib/core/store/names.js
var names = __nccwpck_require__(1833);
// EXTERNAL MODULE: ./lib/core/util/suggest.js
var suggest = __nccwpck_require__(4674);
;// CONCATENATED MODULE: ./lib/core/store/store.js










/**
 * Written when a store is created, as Python's venv does: the backups stay out of git in any
 * repository, without a line in its .gitignore. Delete it to commit them deliberately.
 */
const STORE_GITIGNORE = '.gitignore';
const STORE_GITIGNORE_TEXT = '# Written by orch-backup when it created this backup store: backups stay out of git.\n*\n';
/** Temporary entries in the backup dir: never listed, removed by the next writer. */
const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
/**
 * Makes sure the backup dir exists and is a directory. With `create: false` a missing dir
 * is fine (an empty store); a file in its place is always an error.
 */
async function ensureBackupDir(backupDir, create) {
    try {
        const info = await (0,promises_.lstat)(backupDir);
        if (info.isSymbolicLink()) {
            if (!(await (0,promises_.stat)(backupDir)).isDirectory())
                throw new errors/* BackupDirError */.WK(backupDir, 'is a symlink to something that is not a directory');
        }
        else if (!info.isDirectory())
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        // An empty directory someone made for the store gets its first write too.
        if (create && (await (0,promises_.readdir)(backupDir)).length === 0)
            await writeStoreGitignore(backupDir);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* BackupDirError */.WK)
            throw error;
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is inside something that is not a directory');
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    }
    if (!create)
        return false;
    try {
        await (0,promises_.mkdir)(backupDir, { recursive: true });
        await writeStoreGitignore(backupDir);
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR' || (0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            throw new errors/* BackupDirError */.WK(backupDir, 'cannot be created: a parent is a file');
        throw new errors/* StoreWriteError */.NW(backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
    }
    return true;
}
async function writeStoreGitignore(backupDir) {
    try {
        await (0,promises_.writeFile)(external_node_path_.join(backupDir, STORE_GITIGNORE), STORE_GITIGNORE_TEXT, { flag: 'wx' });
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'EEXIST')
            return; // a concurrent writer made it
        if ((0,errors/* errnoOf */.UQ)(error) === 'EACCES' ||
            (0,errors/* errnoOf */.UQ)(error) === 'EROFS' ||
            (0,errors/* errnoOf */.UQ)(error) === 'EPERM' ||
            (0,errors/* errnoOf */.UQ)(error) === 'ENOSPC')
            throw new errors/* StoreWriteError */.NW(backupDir, (0,errors/* errnoOf */.UQ)(error), { cause: error });
        throw error;
    }
}
/** Creates the dir if needed, locks the store and removes what interrupted writers left. */
async function lockStore(backupDir, command, timeoutMs) {
    await ensureBackupDir(backupDir, true);
    let lock;
    try {
        lock = await acquireLock(backupDir, { command, timeoutMs });
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'ENOSPC')
            throw new errors/* StoreWriteError */.NW(backupDir, code, { cause: error });
        throw error;
    }
    await removeLeftovers(backupDir);
    return lock;
}
async function removeLeftovers(backupDir) {
    for (const entry of await (0,promises_.readdir)(backupDir)) {
        if (entry.startsWith(STAGING_PREFIX) || entry.startsWith(TRASH_PREFIX))
            await (0,fs/* removeTree */.dM)(external_node_path_.join(backupDir, entry));
    }
}
/** Names of the entries that may be backups (valid names, directories or not). */
async function backupNames(backupDir) {
    try {
        return (await (0,promises_.readdir)(backupDir)).filter(names/* isValidName */.uV).sort();
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOENT')
            return [];
        if ((0,errors/* errnoOf */.UQ)(error) === 'ENOTDIR')
            throw new errors/* BackupDirError */.WK(backupDir, 'is a file, not a directory: move it away or pass --backup-dir');
        throw error;
    }
}
/** Reads one backup's manifest without checking its files (that is `verifyBackup`). */
async function loadManifest(backupDir, name) {
    return loadManifestNow(backupDir, name);
}
/**
 * Synchronous on purpose: listing 1,000 backups is 1,000 small reads, and going through the
 * thread pool for each cost more than the reads themselves.
 */
function loadManifestNow(backupDir, name, checksum = true) {
    const dir = external_node_path_.join(backupDir, name);
    const info = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
    if (!info)
        throw new errors/* BackupNotFoundError */.I_(name, backupDir, similarBackupNames(backupDir, name));
    if (!info.isDirectory())
        return { name, dir, problems: ['the backup is not a directory'] };
    let text;
    try {
        text = readManifestText(dir);
    }
    catch (error) {
        const code = (0,errors/* errnoOf */.UQ)(error);
        return {
            name,
            dir,
            problems: [
                code === 'ENOENT'
                    ? 'manifest.json is missing'
                    : code?.startsWith('Z_')
                        ? 'manifest.json.gz is corrupt'
                        : `manifest.json is unreadable (${code})`,
            ],
        };
    }
    const { manifest, problems } = (0,store_manifest/* parseManifest */.Ng)(text, name, { checksum });
    if (!manifest)
        return { name, dir, problems };
    return checksum ? { name, dir, manifest, problems } : { name, dir, manifest, problems, checksumUnchecked: true };
}
/** Backups named like a mistyped `name`, for the "did you mean" of a not-found error. */
function similarBackupNames(backupDir, name) {
    try {
        return (0,suggest/* closestNames */.g)(name, (0,external_node_fs_.readdirSync)(backupDir).filter(names/* isValidName */.uV));
    }
    catch {
        return [];
    }
}
/**
 * Checks the checksum of a manifest loaded with `checksums: false`, adding the problem when it
 * does not match. True when the backup's manifest is intact.
 */
function confirmManifest(entry) {
    if (entry.manifest && entry.checksumUnchecked) {
        entry.checksumUnchecked = false;
        if ((0,store_manifest/* manifestChecksum */.vS)(entry.manifest) !== entry.manifest.checksum)
            entry.problems.push(store_manifest/* CHECKSUM_MISMATCH */.Lw);
    }
    return !!entry.manifest && entry.problems.length === 0;
}
/** A loose backup's `manifest.json`, else a packed backup's `manifest.json.gz`. */
function readManifestText(dir) {
    try {
        return (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, store_manifest/* MANIFEST_FILE */.h1), 'utf8');
    }
    catch (error) {
        if ((0,errors/* errnoOf */.UQ)(error) !== 'ENOENT')
            throw error;
    }
    return (0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, store_manifest/* PACKED_MANIFEST_FILE */.K$))).toString('utf8');
}
/**
 * All backups' manifests, newest first; equal times are ordered by name, the last name counting
 * as newer. With `checksums: false` the (costly) manifest checksums are left for
 * `confirmManifest` to check on the entries a caller actually relies on.
 */
async function loadAllManifests(backupDir, options = {}) {
    const names = await backupNames(backupDir);
    const loaded = names.flatMap((name) => {
        try {
            return [loadManifestNow(backupDir, name, options.checksums !== false)];
        }
        catch (error) {
            // Gone since the directory was read: a concurrent clean removed it, which is no damage.
            if (error instanceof errors/* BackupNotFoundError */.I_)
                return [];
            return [{ name, dir: external_node_path_.join(backupDir, name), problems: [String(error.message)] }];
        }
    });
    return loaded.sort(newestFirst);
}
function newestFirst(a, b) {
    const ta = a.manifest ? Date.parse(a.manifest.createdAt) : -Infinity;
    const tb = b.manifest ? Date.parse(b.manifest.createdAt) : -Infinity;
    if (ta !== tb)
        return tb - ta;
    return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
/**
 * Makes a fully written staging directory the backup `name`: its directories are fsynced, it is
 * renamed into place (atomic, and never over an existing backup), then the store is fsynced.
 */
async function publishStaged(backupDir, staging, name, dirs) {
    for (const dir of [...dirs].sort().reverse())
        await (0,fs/* fsyncDir */.t_)(dir);
    const finalDir = external_node_path_.join(backupDir, name);
    try {
        await (0,promises_.rename)(staging, finalDir);
    }
    catch (error) {
        if (['EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOTDIR'].includes((0,errors/* errnoOf */.UQ)(error) ?? ''))
            throw new errors/* BackupExistsError */.j2(name);
        throw error;
    }
    await (0,fs/* fsyncDir */.t_)(backupDir);
    return finalDir;
}


/***/ }),

/***/ 2567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ faultsFrom),
/* harmony export */   n: () => (/* binding */ noFaults)
/* harmony export */ });
const noFaults = { reached: () => undefined };
function faultsFrom(plan) {
    if (!plan)
        return noFaults;
    let seen = 0;
    return {
        reached(step) {
            if (plan.killAt !== '*' && plan.killAt !== step)
                return;
            seen++;
            if (seen >= (plan.occurrence ?? 1))
                process.kill(process.pid, 'SIGKILL');
        },
    };
}


/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ writeNewFile),
/* harmony export */   dM: () => (/* binding */ removeTree),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* unused harmony export readTextIfExists */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8378);


/** Flushes a directory entry table so a rename inside it survives power loss. */
async function fsyncDir(dir) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(dir, 'r');
        await handle.sync();
    }
    catch (error) {
        // Some file systems refuse fsync on directories; the data itself is already synced.
        if (!['EINVAL', 'EISDIR', 'EBADF', 'EPERM'].includes((0,_errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errnoOf */ .UQ)(error) ?? ''))
            throw error;
    }
    finally {
        await handle?.close();
    }
}
/** Writes `data` to a new file (never an existing one), fsynced unless `durable` is false. */
async function writeNewFile(path, data, mode = 0o644, durable = true) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'wx', mode);
    try {
        await handle.writeFile(data);
        if (durable)
            await handle.sync();
    }
    finally {
        await handle.close();
    }
}
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true, maxRetries: 2 });
}
/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    // After a failure no item starts, and the call settles only once none is in flight: a caller
    // cleaning up (removing a staging dir) never races work still writing into it.
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** A text file's content, or undefined when there is no such file. */
async function readTextIfExists(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 2763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ interruptible)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8378);
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2567);


/**
 * The steps an operation reports (`faults.reached`) are the points where it can stop cleanly:
 * once `signal` is aborted, the next step throws `OperationInterruptedError` (once), and the
 * operation's own error handling undoes what it began. Rollback steps never throw: a rollback
 * stopped half way would leave the very state it exists to undo.
 */
function interruptible(faults, signal, operation) {
    const inner = faults ?? _faults_js__WEBPACK_IMPORTED_MODULE_1__/* .noFaults */ .n;
    if (!signal)
        return inner;
    let stopped = false;
    return {
        reached(step) {
            inner.reached(step);
            if (!signal.aborted || stopped || step.startsWith('rollback:'))
                return;
            stopped = true;
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationInterruptedError */ .Cz(operation, 'nothing-changed');
        },
    };
}


/***/ }),

/***/ 3044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ unescapePointerSegment),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   ln: () => (/* binding */ findDuplicateKeys),
/* harmony export */   mE: () => (/* binding */ escapePointerSegment),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   uH: () => (/* binding */ PositionIndex)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, nestingDepth, positionAt */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var _parse_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7777);


/** Deeper documents are refused before any recursive code touches them. */
const MAX_DEPTH = 1000;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        const text = decoder.decode(bytes);
        const bom = text.charCodeAt(0) === 0xfeff;
        return { ok: true, text: bom ? text.slice(1) : text, bom };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8');
        return { ok: false, problem: `not valid UTF-8 (byte ${offset})`, position: positionAt(before, before.length) };
    }
}
/**
 * Strict JSON (RFC 8259). The native parser does the work (it is not recursive, so deep
 * input cannot overflow it); depth and duplicate keys are then read off the parsed value,
 * and the slower text scans run only when that cannot answer exactly.
 */
function parseJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // Depth first: the positional parser that locates syntax errors recurses.
        return tooDeep(text) ?? { ok: false, ...locateSyntaxError(text, error.message) };
    }
    const escaped = text.includes('\\u');
    const shape = shapeOf(value, !escaped);
    const mayHaveDuplicateKeys = shape.depth > MAX_DEPTH ||
        (escaped ? keyTokens(text) !== shape.keys : countColons(text) !== shape.keys + shape.colons);
    // A duplicate's discarded value is not in the parsed value, so its depth must come from the text.
    if (mayHaveDuplicateKeys) {
        const deep = tooDeep(text);
        if (deep)
            return deep;
    }
    return { ok: true, value, mayHaveDuplicateKeys };
}
function tooDeep(text) {
    const depth = nestingDepth(text);
    if (depth.depth <= MAX_DEPTH)
        return undefined;
    return { ok: false, problem: `nesting deeper than ${MAX_DEPTH} levels`, position: positionAt(text, depth.offset) };
}
/**
 * Own keys of all objects in a parsed value, its nesting depth (stopping past MAX_DEPTH),
 * and, if asked, the colons inside its keys and strings. Iterative: depth is unbounded here.
 *
 * Why this finds duplicates exactly: JSON.parse keeps one property per distinct key, so the
 * text has more members than the value has keys exactly when some object repeats a key.
 * In valid JSON every colon outside strings ends a key, and without \u escapes every colon
 * in a parsed string was a literal colon in the text; so the text's colon count equals
 * keys + string colons of the value exactly when nothing was dropped.
 */
function shapeOf(root, withColons) {
    let keys = 0;
    let colons = 0;
    let max = 0;
    const containers = [];
    const depths = [];
    // Containers go on the stack; strings are counted where they are met, sparing a push each.
    const visit = (value, depth) => {
        if (typeof value === 'string') {
            if (withColons)
                colons += countColons(value);
        }
        else if (typeof value === 'object' && value !== null) {
            containers.push(value);
            depths.push(depth);
        }
    };
    visit(root, 1);
    while (containers.length > 0) {
        const value = containers.pop();
        const depth = depths.pop();
        if (depth > max) {
            max = depth;
            if (max > MAX_DEPTH)
                break;
        }
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, depth + 1);
            continue;
        }
        // Object.keys, not for-in: an enumerable property added to Object.prototype must not count.
        const own = Object.keys(value);
        keys += own.length;
        for (const key of own) {
            if (withColons)
                colons += countColons(key);
            visit(value[key], depth + 1);
        }
    }
    return { keys, depth: max, colons };
}
function countColons(text) {
    let count = 0;
    for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1))
        count++;
    return count;
}
/**
 * Members in valid JSON text, counted as string tokens followed by a colon: for text with
 * \u escapes, where a colon in a parsed string may have been spelled \u003a. Outside strings
 * every quote opens one, so the regex consumes whole strings and never starts inside one.
 * NaN (never equal to a count) if the regex engine gives up on a pathological string.
 */
function keyTokens(text) {
    const token = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"(\s*:)?/g;
    let count = 0;
    try {
        for (let match = token.exec(text); match; match = token.exec(text))
            if (match[1] !== undefined)
                count++;
    }
    catch {
        return Number.NaN;
    }
    return count;
}
function locateSyntaxError(text, nativeMessage) {
    if (text.trim() === '')
        return { problem: 'the file is empty', position: { line: 1, column: 1 } };
    const errors = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first)
        return { problem: describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)), position: positionAt(text, first.offset) };
    // jsonc-parser accepts a few things JSON.parse rejects (e.g. control characters in strings).
    return { problem: (0,_parse_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblemWithoutInput */ .Z)(nativeMessage), position: { line: 1, column: 1 } };
}
function describeParseError(code) {
    const words = {
        InvalidSymbol: 'unexpected character',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: "':' expected",
        CommaExpected: "',' expected",
        CloseBraceExpected: "'}' expected",
        CloseBracketExpected: "']' expected",
        EndOfFileExpected: 'unexpected content after the end of the document',
        InvalidCommentToken: 'comments are not allowed in JSON',
        UnexpectedEndOfComment: 'unterminated comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unterminated number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character',
    };
    return words[code] ?? code;
}
/** Deepest bracket nesting outside strings, and where it first got that deep. */
function nestingDepth(text) {
    let depth = 0;
    let max = 0;
    let maxOffset = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth++;
            if (depth > max) {
                max = depth;
                maxOffset = i;
                if (max > MAX_DEPTH)
                    break;
            }
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return { depth: max, offset: maxOffset };
}
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Maps JSON pointers of one document to line/column, building the positional tree once. */
class PositionIndex {
    text;
    tree = null;
    lineStarts;
    constructor(text) {
        this.text = text;
    }
    /** Line and column of an offset, by binary search over line starts computed once. */
    positionOf(offset) {
        if (!this.lineStarts) {
            this.lineStarts = [0];
            for (let i = 0; i < this.text.length; i++)
                if (this.text.charCodeAt(i) === 10)
                    this.lineStarts.push(i + 1);
        }
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    of(pointer) {
        if (this.tree === null)
            this.tree = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(this.text) ?? undefined;
        if (!this.tree)
            return undefined;
        const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(this.tree, segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        if (!node)
            return undefined;
        // Point at the key of a property rather than its value: that is where editors jump.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return this.positionOf(target.offset);
    }
}
function unescapePointerSegment(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
function escapePointerSegment(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Object keys that occur twice in the same object: JSON.parse silently keeps the last. */
function findDuplicateKeys(text) {
    const found = [];
    const stack = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.visit)(text, {
        onObjectBegin: () => {
            stack.push(new Set());
        },
        onObjectEnd: () => {
            stack.pop();
        },
        // The path is built only for a duplicate: building it for every object doubled the scan's cost.
        onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
            const keys = stack[stack.length - 1];
            if (!keys)
                return;
            if (keys.has(property)) {
                found.push({
                    key: property,
                    pointer: `${toPointer(pathSupplier())}/${escapePointerSegment(property)}`,
                    position: { line: startLine + 1, column: startCharacter + 1 },
                });
            }
            keys.add(property);
        },
    }, { disallowComments: true });
    return found;
}
function toPointer(segments) {
    return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}
/**
 * Offset of the first byte that starts an ill-formed sequence, by the well-formed ranges of
 * Unicode's table 3-7: the second byte's range excludes overlong forms (E0 80-9F, F0 80-8F),
 * UTF-16 surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-BF), exactly what the
 * fatal TextDecoder rejects.
 */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                low = 0xa0;
            else if (b === 0xed)
                high = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                low = 0x90;
            else if (b === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return i;
}


/***/ }),

/***/ 1466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ mainExport)
/* harmony export */ });
/**
 * The main export of a CommonJS package loaded with `import()`. Node puts `module.exports` on
 * `default` (and adds the named exports it can detect); the ncc/webpack bundles in dist/ put it
 * on `default` only, so a named import such as `{ Ajv }` works under Node and fails in a bundle.
 * Packages compiled from TypeScript (ajv, ajv-formats) also set `exports.default` to themselves.
 */
function mainExport(namespace) {
    const main = namespace.default ?? namespace;
    return (main.default ?? main);
}


/***/ }),

/***/ 7777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseProblemWithoutInput)
/* harmony export */ });
/**
 * V8's JSON.parse message with the piece of input it quotes (`..."api_key": sk-…"... is not valid
 * JSON`) left out: a config's content, secrets included, never reaches an error message.
 */
function parseProblemWithoutInput(nativeMessage) {
    return nativeMessage
        .replace(/^JSON\.parse: /, '')
        .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, ' (the text is not quoted here)');
}


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ progressCounter)
/* harmony export */ });
/** A tick per finished item of one phase; nothing when nobody listens. */
function progressCounter(report, step, total) {
    if (!report)
        return () => undefined;
    let done = 0;
    report(step, 0, total);
    return () => report(step, ++done, total);
}


/***/ }),

/***/ 4674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ closestNames)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The known names closest to a mistyped one, best first: within a few edits (about a third of
 * the name), or containing it / contained in it ("0120" finds "backup-20240120-103045").
 * At most `max`, so a store of thousands of backups never floods an error line.
 */
function closestNames(name, known, max = 3) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    const scored = [];
    for (const candidate of known) {
        if (candidate === name)
            continue;
        const other = candidate.toLowerCase();
        if (lower.length >= 3 && (other.includes(lower) || lower.includes(other))) {
            scored.push({ candidate, score: Math.abs(other.length - lower.length) / 100 });
            continue;
        }
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, other);
        if (d <= limit)
            scored.push({ candidate, score: d });
    }
    return scored
        .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
        .slice(0, max)
        .map((s) => s.candidate);
}


/***/ }),

/***/ 9301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oS: () => (/* binding */ DocumentValidator),
  $: () => (/* binding */ validateDocuments)
});

// UNUSED EXPORTS: validateConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/core/config/settings.js
var settings = __nccwpck_require__(2393);
// EXTERNAL MODULE: ./lib/core/config/scan.js
var scan = __nccwpck_require__(9877);
// EXTERNAL MODULE: ./lib/core/util/json.js
var json = __nccwpck_require__(3044);
// EXTERNAL MODULE: ./lib/core/diff/redact.js
var redact = __nccwpck_require__(7990);
;// CONCATENATED MODULE: ./lib/core/validate/document.js


/** Decodes and parses one document; problems become diagnostics instead of exceptions. */
function parseDocument(doc, diagnostics, secretKeys = redact/* DEFAULT_SECRET_KEYS */.wp) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    if (!decoded.ok) {
        diagnostics.push({
            severity: 'error',
            code: 'encoding',
            file: doc.path,
            ...decoded.position,
            message: decoded.problem,
        });
        return undefined;
    }
    if (decoded.bom) {
        diagnostics.push({
            severity: 'warning',
            code: 'bom',
            file: doc.path,
            line: 1,
            column: 1,
            message: 'starts with a UTF-8 byte order mark; some JSON parsers reject it',
        });
    }
    const parsed = (0,json/* parseJson */.qF)(decoded.text);
    if (!parsed.ok) {
        diagnostics.push({
            severity: 'error',
            code: 'json-syntax',
            file: doc.path,
            ...parsed.position,
            message: `invalid JSON: ${parsed.problem}`,
        });
        return undefined;
    }
    // The positional scan costs several times the parse; it runs only where a duplicate exists.
    const duplicates = parsed.mayHaveDuplicateKeys ? (0,json/* findDuplicateKeys */.ln)(decoded.text) : [];
    for (const dup of duplicates) {
        // A map under a secret key may be keyed by the secrets themselves.
        const hidden = (0,redact/* isSecretEntity */.oo)(dup.pointer, secretKeys);
        diagnostics.push({
            severity: 'error',
            code: 'duplicate-key',
            file: doc.path,
            pointer: (0,redact/* redactPointer */.jB)(dup.pointer, secretKeys),
            ...dup.position,
            message: `duplicate key ${hidden ? redact/* REDACTED */.XF : JSON.stringify(dup.key)}: only the last value would be used`,
        });
    }
    return { path: doc.path, text: decoded.text, value: parsed.value, positions: new json/* PositionIndex */.uH(decoded.text) };
}
/** A diagnostic about a place inside a parsed document, with its line and column. */
function at(doc, pointer, severity, code, message) {
    const position = doc.positions.of(pointer);
    return { severity, code, file: doc.path, pointer, ...(position ?? {}), message };
}

;// CONCATENATED MODULE: ./lib/core/validate/agent-files.js

/**
 * What the agent definition files say about the teams: a team agent without a file cannot be
 * loaded by Claude Code; a file no team or workflow names is probably left over; a file whose
 * front matter is broken, or two files defining one name, make loading unpredictable.
 */
function checkAgentFiles(agents, teams, referenced) {
    const diagnostics = [];
    if (!agents.exists) {
        if (teams)
            diagnostics.push({
                severity: 'info',
                code: 'no-agents-dir',
                message: `no agents directory at ${agents.dir} (relative to the config dir): agent definition files were not checked`,
            });
        return diagnostics;
    }
    for (const p of agents.problems) {
        const code = p.kind === 'unreadable' ? 'agent-file-unreadable' : 'agent-front-matter';
        diagnostics.push({
            severity: 'warning',
            code,
            file: p.file,
            ...(p.line ? { line: p.line, column: p.column ?? 1 } : {}),
            subject: stemOf(p.file),
            message: p.message,
        });
    }
    const byName = new Map();
    for (const def of agents.definitions) {
        const first = byName.get(def.name);
        if (!first)
            byName.set(def.name, def);
        else
            diagnostics.push({
                ...place(def),
                severity: 'warning',
                code: 'duplicate-agent-file',
                subject: def.name,
                message: `Agent '${def.name}' is also defined by ${first.file}: Claude Code loads only one of them`,
            });
    }
    if (!teams)
        return diagnostics;
    for (const agent of teams.agents) {
        if (byName.has(agent.name))
            continue;
        const role = agent.role === 'orchestrator' ? `orchestrator of team '${agent.team}'` : `team '${agent.team}'`;
        diagnostics.push({
            ...at(teams.doc, agent.pointer, 'warning', 'missing-agent-file', `Agent '${agent.name}' (${role}) has no definition file in ${agents.dir}: Claude Code cannot load it`),
            subject: agent.name,
        });
    }
    const inTeams = new Set(teams.agents.map((a) => a.name));
    for (const def of byName.values()) {
        if (inTeams.has(def.name) || referenced.has(def.name))
            continue;
        diagnostics.push({
            ...place(def),
            severity: 'info',
            code: 'unused-agent-file',
            subject: def.name,
            message: `Agent '${def.name}' has a definition file but no team or workflow uses it`,
        });
    }
    return diagnostics;
}
function place(def) {
    return { file: def.file, ...(def.line ? { line: def.line, column: 1 } : {}) };
}
function stemOf(file) {
    return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/json-tree.js

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A JSON Pointer from its unescaped segments. */
const ptr = (...segments) => segments.map((s) => `/${(0,json/* escapePointerSegment */.mE)(String(s))}`).join('');

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./lib/core/validate/references.js



/** Values under reference keys that stand for a group, not an agent (`"required_roles": ["all"]`). */
const NOT_AGENTS = new Set(['all', 'any', 'none', '*']);
const isReferenceValue = (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
/** `{ code: ["a"], design: ["b", "c"] }`: every value names agents. */
const isReferenceMap = (v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isReferenceValue);
/**
 * Calls `found` for every agent name under a reference key. The same key can also name an
 * entity (`workflows.review` is a workflow, `review: "lead"` a reviewer), so only strings,
 * lists of strings and pure maps of them count as references.
 */
function collectReferences(value, pointer, keys, found) {
    const emit = (v, p) => {
        if (typeof v === 'string') {
            if (!NOT_AGENTS.has(v))
                found(v, p);
        }
        else
            v.forEach((name, i) => !NOT_AGENTS.has(name) && found(name, `${p}/${i}`));
    };
    if (Array.isArray(value)) {
        value.forEach((item, i) => collectReferences(item, `${pointer}/${i}`, keys, found));
        return;
    }
    if (!isObject(value))
        return;
    for (const [key, child] of Object.entries(value)) {
        const childPointer = `${pointer}/${(0,json/* escapePointerSegment */.mE)(key)}`;
        if (keys.has(key) && isReferenceValue(child))
            emit(child, childPointer);
        else if (keys.has(key) && isReferenceMap(child)) {
            for (const [inner, v] of Object.entries(child))
                emit(v, `${childPointer}/${(0,json/* escapePointerSegment */.mE)(inner)}`);
        }
        else
            collectReferences(child, childPointer, keys, found);
    }
}
/**
 * The known name an unknown one is most likely a typo of, if any: at most one edit per four
 * characters (and at most three), so `product-manger` finds `product-manager` while `qa-lead`
 * does not find `ux-lead`. Ties go to the alphabetically first name, so output is stable.
 */
function closestName(name, known) {
    const limit = Math.max(1, Math.min(3, Math.floor(name.length / 4)));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of known) {
        if (Math.abs(candidate.length - name.length) > limit)
            continue;
        const d = (0,mod/* distance */.Io)(name, candidate);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/core/validate/structure.js


/**
 * The structure of teams.json: a `teams` map whose teams have a name and a members list, each
 * member naming its agent once. Returns the agents the teams name (undefined when teams.json has
 * no usable `teams` map, so references cannot be checked against it).
 */
function checkTeams(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'teams.json must be a JSON object'));
        return undefined;
    }
    if (!isObject(root.teams)) {
        diagnostics.push(at(doc, root.teams === undefined ? '' : '/teams', 'error', 'missing-field', root.teams === undefined ? 'teams.json has no "teams" object' : '"teams" must be an object keyed by team id'));
        return undefined;
    }
    const agents = [];
    const members = new Map();
    for (const [teamId, team] of Object.entries(root.teams)) {
        const teamPtr = ptr('teams', teamId);
        const about = (pointer, severity, code, message) => void diagnostics.push({ ...at(doc, pointer, severity, code, message), subject: teamId });
        if (!isObject(team)) {
            about(teamPtr, 'error', 'wrong-type', `Team '${teamId}' must be an object`);
            continue;
        }
        if (typeof team.name !== 'string')
            about(teamPtr, 'warning', 'team-without-name', `Team '${teamId}' has no "name"`);
        if (typeof team.orchestrator === 'string')
            agents.push({ name: team.orchestrator, team: teamId, role: 'orchestrator', pointer: `${teamPtr}/orchestrator` });
        if (team.members === undefined) {
            about(teamPtr, 'error', 'team-without-members', `Team '${teamId}' has no "members" list`);
            continue;
        }
        if (!Array.isArray(team.members)) {
            about(`${teamPtr}/members`, 'error', 'wrong-type', `Team '${teamId}': "members" must be an array`);
            continue;
        }
        team.members.forEach((member, index) => {
            const memberPtr = `${teamPtr}/members/${index}`;
            if (!isObject(member) || typeof member.agent !== 'string' || member.agent.trim() === '') {
                about(memberPtr, 'error', 'missing-field', `Team '${teamId}' member ${index} has no "agent" id`);
                return;
            }
            const previous = members.get(member.agent);
            if (previous) {
                diagnostics.push({
                    ...at(doc, `${memberPtr}/agent`, 'error', 'duplicate-agent', `Agent '${member.agent}' is defined twice: ${previous} and ${memberPtr}`),
                    subject: member.agent,
                });
            }
            members.set(member.agent, memberPtr);
            agents.push({ name: member.agent, team: teamId, role: 'member', pointer: `${memberPtr}/agent` });
        });
    }
    return { teamCount: Object.keys(root.teams).length, agents };
}
/** workflows.json has a non-empty `workflows` map, and every workflow has phases or types. */
function checkWorkflows(doc, diagnostics) {
    const root = doc.value;
    if (!isObject(root)) {
        diagnostics.push(at(doc, '', 'error', 'wrong-type', 'workflows.json must be a JSON object'));
        return;
    }
    if (root.workflows === undefined) {
        diagnostics.push(at(doc, '', 'error', 'no-workflows', 'workflows.json has no "workflows" map'));
        return;
    }
    if (!isObject(root.workflows)) {
        diagnostics.push(at(doc, '/workflows', 'error', 'wrong-type', '"workflows" must be an object keyed by workflow id'));
        return;
    }
    const entries = Object.entries(root.workflows);
    if (entries.length === 0)
        diagnostics.push(at(doc, '/workflows', 'error', 'no-workflows', 'the "workflows" map is empty: no workflow is defined'));
    for (const [id, workflow] of entries) {
        const pointer = ptr('workflows', id);
        if (!isObject(workflow))
            diagnostics.push({
                ...at(doc, pointer, 'error', 'wrong-type', `Workflow '${id}' must be an object`),
                subject: id,
            });
        else if (workflow.phases === undefined && workflow.types === undefined) {
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'workflow-without-phases', `Workflow '${id}' has neither "phases" nor "types": it defines no steps`),
                subject: id,
            });
        }
    }
}
/**
 * `full_auto` switched on anywhere: as a mode (`default_mode: "full_auto"`), a flag
 * (`full_auto: true`) or an enabled mode entry (`{ name: "full_auto", enabled: true }`).
 * Objects with `enabled: false` are off, with everything under them.
 */
function checkFullAuto(doc, diagnostics) {
    const found = (pointer) => void diagnostics.push({
        ...at(doc, pointer, 'warning', 'full-auto', 'full_auto mode is switched on: it spawns agents without asking for consent'),
        subject: pointer,
    });
    const visit = (value, pointer) => {
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, `${pointer}/${i}`));
            return;
        }
        if (!isObject(value) || value.enabled === false)
            return;
        if (value.name === 'full_auto' && value.enabled === true)
            found(pointer);
        for (const [key, child] of Object.entries(value)) {
            const childPtr = `${pointer}${ptr(key)}`;
            if (key === 'full_auto' && (child === true || (isObject(child) && child.enabled === true)))
                found(childPtr);
            else if (/(^|_)mode$/i.test(key) && child === 'full_auto')
                found(childPtr);
            else
                visit(child, childPtr);
        }
    };
    visit(doc.value, '');
}

;// CONCATENATED MODULE: ./lib/core/validate/orchestration.js





/** The only documents the orchestration checks read. */
const ORCHESTRATION_FILES = new Set(['teams.json', 'workflows.json', 'settings.json']);
/**
 * Built-in orchestration checks: the structure of teams.json/workflows.json, `full_auto`, agent
 * references and, when given, the agent definition files.
 */
function checkOrchestration(docs, options) {
    const diagnostics = [];
    const teams = docs.find((d) => d.path === 'teams.json');
    const workflows = docs.find((d) => d.path === 'workflows.json');
    const settings = docs.find((d) => d.path === 'settings.json');
    const teamInfo = teams ? checkTeams(teams, diagnostics) : undefined;
    if (workflows)
        checkWorkflows(workflows, diagnostics);
    for (const doc of [settings, workflows, teams])
        if (doc)
            checkFullAuto(doc, diagnostics);
    if (settings && isObject(settings.value) && settings.value.version === undefined) {
        diagnostics.push(at(settings, '', 'info', 'no-version', 'settings.json has no "version": the configuration version is taken from the other files'));
    }
    const files = options.agents;
    if (!teams || !teamInfo) {
        if (files)
            for (const d of checkAgentFiles(files, undefined, new Set()))
                diagnostics.push(d);
        if (workflows)
            diagnostics.push({
                severity: 'info',
                code: 'no-teams',
                file: 'workflows.json',
                message: 'no teams.json: agent references were not checked',
            });
        return diagnostics;
    }
    const known = new Set(teamInfo.agents.map((a) => a.name));
    const withFiles = files?.exists === true;
    if (withFiles)
        for (const def of files.definitions)
            known.add(def.name);
    const where = withFiles ? `teams.json or ${files.dir}` : 'teams.json';
    const suggestions = new Map();
    const referenced = new Set();
    const keys = new Set(options.referenceKeys);
    for (const doc of [teams, workflows]) {
        if (!doc)
            continue;
        // One finding per reference, each at its own place: a judge of a change tells a new
        // reference from an old one by where it is, and an editor jumps to each.
        collectReferences(doc.value, '', keys, (name, pointer) => {
            if (doc === teams && /^\/teams\/[^/]+\/members\/\d+\/agent$/.test(pointer))
                return;
            referenced.add(name);
            if (known.has(name))
                return;
            if (!suggestions.has(name))
                suggestions.set(name, closestName(name, known));
            const suggestion = suggestions.get(name);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
            diagnostics.push({
                ...at(doc, pointer, 'warning', 'unknown-agent', `Agent '${name}' is not defined in ${where}${hint}`),
                subject: name,
            });
        });
    }
    if (files)
        for (const d of checkAgentFiles(files, { doc: teams, agents: teamInfo.agents }, referenced))
            diagnostics.push(d);
    const inTeams = new Set(teamInfo.agents.map((a) => a.name)).size;
    const fileCount = withFiles ? `, ${files.definitions.length} agent definition files in ${files.dir}` : '';
    diagnostics.push({
        severity: 'info',
        code: 'inventory',
        file: 'teams.json',
        message: `${count(teamInfo.teamCount, 'team')}, ${count(inTeams, 'agent')} defined${fileCount}`,
    });
    return diagnostics;
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
// EXTERNAL MODULE: ./lib/core/util/module-interop.js
var module_interop = __nccwpck_require__(1466);
;// CONCATENATED MODULE: ./lib/core/validate/schema.js





/** Finds the schema that applies to `doc`: configured, then `<schemaDir>/<name>.schema.json`, then a local `$schema`. */
function schemaPathFor(doc, options, exists) {
    const configured = options.schemas[doc.path];
    if (configured)
        return posix_namespaceObject.normalize(configured);
    const conventional = posix_namespaceObject.join(options.schemaDir, doc.path.replace(/\.json$/, '.schema.json'));
    if (exists(conventional))
        return conventional;
    const declared = doc.value?.$schema;
    if (typeof declared === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(declared)) {
        return posix_namespaceObject.normalize(posix_namespaceObject.join(posix_namespaceObject.dirname(doc.path), declared));
    }
    return undefined;
}
function isSchemaFile(file, options) {
    return (file.startsWith(`${posix_namespaceObject.normalize(options.schemaDir)}/`) ||
        Object.values(options.schemas).some((s) => posix_namespaceObject.normalize(s) === file));
}
/**
 * Validates each document against its JSON Schema with ajv. Ajv is imported only when a
 * schema applies, so configs without schemas don't pay for it (the hook runs on every commit).
 */
async function checkSchemas(docs, options, readSchema, known) {
    const diagnostics = [];
    const targets = docs
        .filter((d) => !isSchemaFile(d.path, options))
        .map((doc) => ({ doc, schemaPath: schemaPathFor(doc, options, (p) => known.has(p)) }))
        .filter((t) => t.schemaPath !== undefined);
    if (targets.length === 0)
        return diagnostics;
    const compiled = new Map();
    const compile = await loadCompiler();
    for (const { doc, schemaPath } of targets) {
        if (!compiled.has(schemaPath)) {
            const bytes = await readSchema(schemaPath);
            if (!bytes) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-missing',
                    file: doc.path,
                    message: `schema ${schemaPath} not found`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            const parsed = (0,json/* parseJson */.qF)(Buffer.from(bytes).toString('utf8'));
            if (!parsed.ok) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-invalid',
                    file: schemaPath,
                    ...parsed.position,
                    message: `schema is not valid JSON: ${parsed.problem}`,
                });
                compiled.set(schemaPath, null);
                continue;
            }
            try {
                compiled.set(schemaPath, compile(parsed.value));
            }
            catch (error) {
                diagnostics.push({
                    severity: 'error',
                    code: 'schema-invalid',
                    file: schemaPath,
                    message: `schema cannot be used: ${whyUnusable(error)}`,
                });
                compiled.set(schemaPath, null);
            }
        }
        const validate = compiled.get(schemaPath);
        if (!validate)
            continue;
        let valid;
        try {
            valid = validate(doc.value);
        }
        catch (error) {
            // A schema that refers to itself without descending into the data (`{"$ref": "#"}`)
            // recurses until the stack runs out; that is the schema's fault, said in one line.
            diagnostics.push({
                severity: 'error',
                code: 'schema-invalid',
                file: schemaPath,
                message: `schema cannot be used: ${whyUnusable(error)}`,
            });
            compiled.set(schemaPath, null);
            continue;
        }
        if (valid)
            continue;
        const secretKeys = options.secretKeys ?? redact/* DEFAULT_SECRET_KEYS */.wp;
        for (const error of validate.errors ?? []) {
            const found = at(doc, error.instancePath, 'error', 'schema', `${describe(error, secretKeys)} (schema ${schemaPath})`);
            diagnostics.push({ ...found, pointer: (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) });
        }
    }
    return diagnostics;
}
/** A stack overflow, at compile or at validation time, comes from a `$ref` loop. */
function whyUnusable(error) {
    if (error instanceof RangeError)
        return 'its $ref chain loops back to itself without descending into the data';
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}
/** Maps under secret keys are sometimes keyed by the secrets themselves: such keys are never named. */
function describe(error, secretKeys) {
    const where = (0,redact/* redactPointer */.jB)(error.instancePath, secretKeys) || '(root)';
    const params = error.params;
    if (error.keyword === 'additionalProperties') {
        const name = (0,redact/* isSecretPointer */.mL)(error.instancePath, secretKeys) ? redact/* REDACTED */.XF : JSON.stringify(params.additionalProperty);
        return `${where}: unexpected property ${name}`;
    }
    if (error.keyword === 'required')
        return `${where}: missing required property ${JSON.stringify(params.missingProperty)}`;
    if (error.keyword === 'enum')
        return `${where}: ${error.message} (${JSON.stringify(params.allowedValues)})`;
    return `${where}: ${error.message ?? error.keyword}`;
}
/**
 * Schema `pattern`s run on RE2 (re2js, linear time): JavaScript's backtracking engine would let
 * a pattern such as `^(a+)+$` hang validation (and with it every command and every commit) on
 * one long string. RE2 has no lookaround or backreferences; such a pattern makes the schema
 * unusable with a message naming it, rather than risking a hang.
 */
function safeRegExpEngine(RE2JS) {
    const compile = (pattern) => {
        try {
            return RE2JS.compile(RE2JS.translateRegExp(pattern));
        }
        catch (error) {
            const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern);
            throw new Error(`pattern ${shown} is not supported by the linear-time regex engine (no lookaround or backreferences): ${error.message}`);
        }
    };
    return Object.assign(compile, { code: 're2js' });
}
async function loadCompiler() {
    const [ajv, ajv2020, formats, re2] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 19)),
        Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 19)),
        __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856)),
    ]);
    const Ajv = (0,module_interop/* mainExport */.q)(ajv);
    const Ajv2020 = (0,module_interop/* mainExport */.q)(ajv2020);
    const addFormats = (0,module_interop/* mainExport */.q)(formats);
    const RE2JS = re2.RE2JS ??
        (0,module_interop/* mainExport */.q)(re2).RE2JS;
    const options = { allErrors: true, strict: false, code: { regExp: safeRegExpEngine(RE2JS) } };
    const draft07 = new Ajv(options);
    const draft2020 = new Ajv2020(options);
    addFormats(draft07);
    addFormats(draft2020);
    return (schema) => {
        const dialect = schema?.$schema;
        const ajv = typeof dialect === 'string' && dialect.includes('2020-12') ? draft2020 : draft07;
        return ajv.compile(schema);
    };
}

;// CONCATENATED MODULE: ./lib/core/validate/types.js
function types_summarize(files, diagnostics) {
    const summary = { errors: 0, warnings: 0, info: 0 };
    for (const d of diagnostics) {
        if (d.severity === 'error')
            summary.errors++;
        else if (d.severity === 'warning')
            summary.warnings++;
        else
            summary.info++;
    }
    const status = summary.errors > 0 ? 'invalid' : summary.warnings > 0 ? 'needs-attention' : 'valid';
    return { status, valid: summary.errors === 0, files, diagnostics, summary };
}

// EXTERNAL MODULE: ./lib/core/kinds/index.js
var kinds = __nccwpck_require__(6751);
;// CONCATENATED MODULE: ./lib/core/kinds/yaml.js
/**
 * Parses YAML text (every document of a multi-document stream) and reports the first syntax
 * error with its line and column, never an exception. The parser is loaded on first use: the
 * hooks pay for every module they load, and most configs hold no YAML.
 */
async function parseYaml(text) {
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lineCounter = new yaml.LineCounter();
    const documents = yaml.parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const list = Array.isArray(documents) ? documents : [];
    for (const doc of list) {
        const error = doc.errors[0];
        if (error) {
            const at = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
            const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
            return { ok: false, problem: reason, line: at.line, column: at.col };
        }
    }
    // Only the syntax is checked: no rule reads YAML values yet, and turning aliases into values
    // is where YAML can explode in size.
    return { ok: true };
}

;// CONCATENATED MODULE: ./lib/core/validate/yaml.js


/** A YAML file's syntax error (or broken encoding) as a finding at its line and column, or null. */
async function checkYaml(doc) {
    const decoded = (0,json/* decodeUtf8 */._6)(doc.bytes);
    // Not `encoding`: that code is JSON's, which create refuses to back up.
    if (!decoded.ok)
        return {
            severity: 'error',
            code: 'yaml-syntax',
            file: doc.path,
            ...decoded.position,
            message: `invalid YAML: ${decoded.problem}`,
        };
    const parsed = await parseYaml(decoded.text);
    if (parsed.ok)
        return null;
    return {
        severity: 'error',
        code: 'yaml-syntax',
        file: doc.path,
        line: parsed.line,
        column: parsed.column,
        message: `invalid YAML: ${parsed.problem}`,
    };
}

;// CONCATENATED MODULE: ./lib/core/validate/index.js










/** Validates a set of config documents: syntax, JSON Schemas, built-in orchestration checks. */
async function validateDocuments(docs, options = {}) {
    const byPath = new Map(docs.map((d) => [d.path, d.bytes]));
    const validator = new DocumentValidator(byPath.keys(), {
        ...options,
        readExtra: async (p) => byPath.get(p) ?? (await options.readExtra?.(p)),
    });
    for (const doc of docs)
        validator.add(doc);
    return validator.finish();
}
/**
 * Validation one document at a time, for callers that must not hold every file at once (create
 * on a 50 MB tree): each document is checked as it is added and only what a later check needs
 * is kept (the orchestration files, documents with a schema, schema files). Cross-file checks
 * run in `finish`.
 */
class DocumentValidator {
    options;
    settings;
    paths;
    added = [];
    diagnostics = [];
    configs = [];
    schemaBytes = new Map();
    /** YAML is checked in `finish`, where its parser can be loaded without blocking. */
    yamlDocs = [];
    /** `paths`: every document that will be added (schemas are looked up among them). */
    constructor(paths, options = {}) {
        this.options = options;
        this.settings = options.settings ?? settings/* DEFAULT_SETTINGS */.a$;
        this.paths = new Set(paths);
    }
    /** Checks one document; returns its parsed value (undefined when it does not parse). */
    add(doc) {
        this.added.push(doc.path);
        // Only JSON is validated in depth; YAML for its syntax; Markdown and other files are kept as they are.
        const kind = (0,kinds/* kindOfPath */.Bs)(doc.path);
        if (kind === 'yaml')
            this.yamlDocs.push(doc);
        if (kind !== 'json')
            return undefined;
        const result = parseDocument(doc, this.diagnostics, this.settings.secretKeys);
        if (isSchemaFile(doc.path, this.settings))
            this.schemaBytes.set(doc.path, doc.bytes);
        // Only documents a later check reads are kept: holding every parsed tree to the end made
        // garbage collection cost as much as the parsing itself on a large tree.
        else if (result &&
            (ORCHESTRATION_FILES.has(result.path) || schemaPathFor(result, this.settings, (p) => this.schemaPaths.has(p))))
            this.configs.push(result);
        return result;
    }
    get schemaPaths() {
        return this.options.trustedSchemas?.paths ?? this.paths;
    }
    async finish() {
        const trusted = this.options.trustedSchemas;
        const readSchema = trusted
            ? (p) => trusted.read(p)
            : async (p) => this.schemaBytes.get(p) ?? (await this.options.readExtra?.(p));
        // A loop, not push(...list): spreading ~120,000 schema errors as arguments overflowed the stack.
        const found = [
            await checkSchemas(this.configs, this.settings, readSchema, new Set(this.schemaPaths)),
            checkOrchestration(this.configs, { referenceKeys: this.settings.referenceKeys, agents: this.options.agents }),
        ];
        const diagnostics = [...this.diagnostics];
        for (const doc of this.yamlDocs) {
            const problem = await checkYaml(doc);
            if (problem)
                diagnostics.push(problem);
        }
        if (trusted)
            for (const diagnostic of await this.untrustedSchemaNotes(trusted))
                diagnostics.push(diagnostic);
        for (const list of found)
            for (const diagnostic of list)
                diagnostics.push(diagnostic);
        diagnostics.sort(bySeverityThenPlace);
        return types_summarize([...this.added].sort(), diagnostics);
    }
    /** Schemas among the documents that were not used because they differ from the trusted ones. */
    async untrustedSchemaNotes(trusted) {
        const notes = [];
        for (const [file, bytes] of this.schemaBytes) {
            const base = await trusted.read(file);
            if (base && Buffer.from(base).equals(Buffer.from(bytes)))
                continue;
            notes.push({
                severity: 'warning',
                code: 'schema-not-trusted',
                file,
                message: `this schema is ${base ? 'changed' : 'new'} here and was not used: only trusted schemas are compiled (in the action under pull_request_target, the base branch's); it applies once merged`,
            });
        }
        return notes;
    }
}
/** Validates the config dir as it is on disk. */
async function validateConfig(options) {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const scan = await scanConfigDir({ configDir: options.configDir, backupDir: options.backupDir, settings });
    const docs = [];
    const unreadable = [];
    for (const file of scan.files) {
        try {
            docs.push({ path: file.path, bytes: await readFile(file.absolutePath) });
        }
        catch (error) {
            unreadable.push({
                severity: 'error',
                code: 'unreadable',
                file: file.path,
                message: `cannot read: ${error.code ?? error}`,
            });
        }
    }
    const report = await validateDocuments(docs, {
        settings,
        readExtra: async (p) => readFile(path.join(scan.root, p)).catch(() => undefined),
        agents: options.agents,
    });
    const skipped = scan.skipped
        .filter(isSkipProblem)
        .map((s) => ({ severity: 'warning', code: 'skipped', file: s.path, message: s.reason }));
    if (unreadable.length === 0 && skipped.length === 0)
        return report;
    return summarize([...report.files, ...unreadable.map((u) => u.file)].sort(), [...unreadable, ...report.diagnostics, ...skipped].sort(bySeverityThenPlace));
}
const RANK = { error: 0, warning: 1, info: 2 };
function bySeverityThenPlace(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        // Plain code-unit order: localeCompare would load ICU's collator, ~10 ms the hook cannot spare.
        compareText(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ OrchBackupError),
/* harmony export */   UQ: () => (/* binding */ errnoOf),
/* harmony export */   cZ: () => (/* binding */ describeErrno),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * The base of every failure the tool reports on purpose. Each carries a stable `code` (for
 * `--json` and scripts), the exit code the CLI uses, and the data that explains it, so the
 * edges never have to parse a message. Messages state what happened; what to do about it
 * depends on the edge (a CLI flag, an Action input, a library option) and is added there
 * (see remedy.ts).
 */
const ExitCode = {
    ok: 0,
    failed: 1,
    usage: 2,
    busy: 3,
    /** Stopped by SIGINT (Ctrl-C), as shells report 128 + 2. */
    interrupted: 130,
};
/** Own properties that are not the error's data. */
const NOT_DATA = new Set(['code', 'exitCode', 'name', 'message', 'stack', 'cause']);
class OrchBackupError extends Error {
    exitCode = ExitCode.failed;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
    /** The fields the error carries (its constructor's `readonly` parameters), without code and message. */
    data() {
        return Object.fromEntries(Object.entries(this).filter(([key, value]) => !NOT_DATA.has(key) && value !== undefined));
    }
    toJSON() {
        return { code: this.code, message: this.message, ...this.data() };
    }
}
function describeErrno(errno) {
    switch (errno) {
        case 'ENOSPC':
            return 'no space left on device';
        case 'EDQUOT':
            return 'disk quota exceeded';
        case 'EROFS':
            return 'read-only file system';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EFBIG':
            return 'file too large for this file system or limit';
        default:
            return errno ? `write failed (${errno})` : 'write failed';
    }
}
function errnoOf(error) {
    return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
        ? error.code
        : undefined;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ }),

/***/ 8378:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  EF: () => (/* reexport */ BackupDamagedError),
  WK: () => (/* reexport */ BackupDirError),
  j2: () => (/* reexport */ BackupExistsError),
  I_: () => (/* reexport */ BackupNotFoundError),
  i0: () => (/* reexport */ ConfigChangedDuringBackupError),
  D5: () => (/* reexport */ ConfigDirNotFoundError),
  xz: () => (/* reexport */ EmptyConfigError),
  yU: () => (/* reexport */ base/* ExitCode */.yU),
  Wd: () => (/* reexport */ FileUnreadableError),
  XS: () => (/* reexport */ GitError),
  a6: () => (/* reexport */ InvalidJsonError),
  Tw: () => (/* reexport */ InvalidNameError),
  Sh: () => (/* reexport */ ManifestError),
  Cz: () => (/* reexport */ OperationInterruptedError),
  FY: () => (/* reexport */ base/* OrchBackupError */.FY),
  $0: () => (/* reexport */ PatchApplyError),
  GN: () => (/* reexport */ SettingsError),
  VF: () => (/* reexport */ StoreBusyError),
  NW: () => (/* reexport */ StoreWriteError),
  eb: () => (/* reexport */ UsageError),
  Uc: () => (/* reexport */ describeError),
  UQ: () => (/* reexport */ base/* errnoOf */.UQ),
  mC: () => (/* reexport */ whenInvalidJsonArchive),
  Ir: () => (/* reexport */ whenMissingConfigDir)
});

// UNUSED EXPORTS: ArchiveRejectedError, ArtifactExpiredError, ArtifactNotFoundError, ArtifactsUnavailableError, ConfigChangedError, ConfirmationRequiredError, DangerousCleanError, DurationError, EmptyPolicyError, FileNotInBackupError, FixConflictError, GitHubPermissionError, HookConflictError, LIBRARY_REMEDIES, LockHeldError, NoConfigDirError, OutputExistsError, RestoreRecoveryError, RestoreRefusedError, RestoreRolledBackError, UnknownRevisionError, describeErrno, describeLockHolder, remedyFor

// EXTERNAL MODULE: ./lib/errors/base.js
var base = __nccwpck_require__(1638);
;// CONCATENATED MODULE: ./lib/errors/input.js

// Errors in what the caller asked for: arguments, names, settings, the config dir and its files.
/** A request that cannot be carried out as given (a malformed argument, input or option). */
class UsageError extends base/* OrchBackupError */.FY {
    code = 'USAGE';
    exitCode = base/* ExitCode */.yU.usage;
}
/** A backup name that cannot be a directory in the store, or is reserved. */
class InvalidNameError extends base/* OrchBackupError */.FY {
    backupName;
    reason;
    code = 'INVALID_NAME';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(backupName, reason) {
        super(`invalid backup name ${JSON.stringify((0,base/* truncate */.xv)(backupName, 60))}: ${reason}`);
        this.backupName = backupName;
        this.reason = reason;
    }
}
/** A duration text that cannot be parsed. Exit code 2, like every usage error. */
class DurationError extends UsageError {
    input;
    problem;
    constructor(input, problem) {
        super(`invalid duration ${JSON.stringify(input)}: ${problem} (expected e.g. 7d, 1m, 1y2m3d4h)`);
        this.input = input;
        this.problem = problem;
    }
}
/** A destructive operation was asked for where nobody can confirm it. */
class ConfirmationRequiredError extends base/* OrchBackupError */.FY {
    action;
    code = 'CONFIRMATION_REQUIRED';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(action) {
        super(`${action} needs confirmation`);
        this.action = action;
    }
}
/** The settings file is not valid JSON or holds an unknown or mistyped setting. */
class SettingsError extends base/* OrchBackupError */.FY {
    file;
    problem;
    code = 'SETTINGS_INVALID';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(file, problem) {
        super(`invalid settings in ${file}: ${problem}`);
        this.file = file;
        this.problem = problem;
    }
}
/** A retention policy that keeps nothing: applied, it would delete every backup. */
class EmptyPolicyError extends base/* OrchBackupError */.FY {
    code = 'POLICY_EMPTY';
    exitCode = base/* ExitCode */.yU.usage;
    constructor() {
        super('the retention policy is empty and would delete every backup');
    }
}
/** The config directory is missing, or is not a directory. */
class ConfigDirNotFoundError extends base/* OrchBackupError */.FY {
    configDir;
    reason;
    code = 'CONFIG_DIR_NOT_FOUND';
    constructor(configDir, reason) {
        super(reason === 'missing'
            ? `config directory not found: ${configDir}`
            : `config path is not a directory: ${configDir}`);
        this.configDir = configDir;
        this.reason = reason;
    }
}
/** The config directory holds no file the include patterns match. */
class EmptyConfigError extends base/* OrchBackupError */.FY {
    configDir;
    include;
    code = 'CONFIG_EMPTY';
    constructor(configDir, include) {
        super(`no configuration files in ${configDir} (looked for ${include.join(', ')}); nothing to back up`);
        this.configDir = configDir;
        this.include = include;
    }
}
/** A file changed while it was read for a backup; nothing was stored. */
class ConfigChangedDuringBackupError extends base/* OrchBackupError */.FY {
    file;
    code = 'CONFIG_CHANGED_DURING_BACKUP';
    constructor(file) {
        super(`${file} changed while it was being backed up; nothing was stored: run the backup again`);
        this.file = file;
    }
}
/** A config file could not be read (permissions, or it vanished). */
class FileUnreadableError extends base/* OrchBackupError */.FY {
    file;
    errno;
    code = 'FILE_UNREADABLE';
    constructor(file, errno, options) {
        super(`cannot read ${file}${errno ? ` (${errno})` : ''}: check its permissions`, options);
        this.file = file;
        this.errno = errno;
    }
}
/** A config file is not JSON; backing it up as it is takes an explicit choice (allow invalid). */
class InvalidJsonError extends base/* OrchBackupError */.FY {
    file;
    line;
    column;
    problem;
    code = 'INVALID_JSON';
    constructor(file, line, column, problem) {
        super(`${file}:${line}:${column}: invalid JSON: ${problem}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }
}
/** `--since REF` names neither a backup nor (inside a git work tree) a revision. */
class UnknownRevisionError extends base/* OrchBackupError */.FY {
    ref;
    insideGit;
    code = 'UNKNOWN_REVISION';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(ref, insideGit) {
        const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
        super(`${JSON.stringify(shown)} is neither a backup${insideGit ? ' nor a git revision' : ' (and this is not a git work tree, so it cannot be a revision)'}`);
        this.ref = ref;
        this.insideGit = insideGit;
    }
}
/**
 * No config dir to work on, for a command that reads one: run from the wrong directory, or
 * given a path that does not exist. A usage error, so a cron job in the wrong place fails.
 */
class NoConfigDirError extends base/* OrchBackupError */.FY {
    source;
    code = 'NO_CONFIG_DIR';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(source) {
        super(source.kind === 'given'
            ? `config directory ${source.configDir} does not exist (given by ${source.by})`
            : `no ${source.lookedFor} found in ${source.from}${source.stoppedAt === source.from ? '' : ` or any parent up to ${source.stoppedAt}`} (${source.stoppedKind === 'repository' ? 'the repository root' : 'the file system root'})`);
        this.source = source;
    }
}
/** `hook install` will not take over git's hooks from another hook manager or a hooks directory of the user's. */
class HookConflictError extends base/* OrchBackupError */.FY {
    hooksPath;
    line;
    code = 'HOOK_CONFLICT';
    constructor(hooksPath, 
    /** The line that runs orch-backup's hook, for the user to add to their own pre-commit. */
    line) {
        super(`not installed: git's core.hooksPath is already ${JSON.stringify(hooksPath)} (another hook manager or your own hooks), which husky would replace; add this line to the pre-commit hook there instead: ${line}`);
        this.hooksPath = hooksPath;
        this.line = line;
    }
}

;// CONCATENATED MODULE: ./lib/errors/store.js

/** `process 123 on host "ci-7" (create, since 2026-01-02T03:04:05Z)`: who holds a lock, for messages. */
function describeLockHolder(holder) {
    if (typeof holder.pid !== 'number')
        return 'an unknown process';
    const cut = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
    const details = [holder.command, holder.acquiredAt ? `since ${holder.acquiredAt}` : undefined]
        .filter(Boolean)
        .join(', ');
    return `process ${holder.pid} on host ${JSON.stringify(cut(String(holder.hostname ?? 'unknown'), 60))}${details ? ` (${cut(details, 80)})` : ''}`;
}
/** `unlock` found a lock whose holder may still be running. */
class LockHeldError extends base/* OrchBackupError */.FY {
    lockPath;
    holder;
    reason;
    code = 'LOCK_HELD';
    exitCode = base/* ExitCode */.yU.busy;
    constructor(lockPath, holder, reason) {
        super(`${lockPath} is held by ${describeLockHolder(holder)}, which may still be running (${reason}); nothing was removed`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.reason = reason;
    }
}
/** Another process holds the store lock for longer than the lock timeout. */
class StoreBusyError extends base/* OrchBackupError */.FY {
    lockPath;
    holder;
    waitedMs;
    code = 'STORE_BUSY';
    exitCode = base/* ExitCode */.yU.busy;
    constructor(lockPath, holder, waitedMs) {
        super(`store is busy: ${describeLockHolder(holder)} holds ${lockPath}; waited ${(waitedMs / 1000).toFixed(1)} s`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.waitedMs = waitedMs;
    }
}
/** A backup of that name exists; backups are never overwritten. */
class BackupExistsError extends base/* OrchBackupError */.FY {
    backupName;
    code = 'BACKUP_EXISTS';
    constructor(backupName) {
        super(`backup ${JSON.stringify(backupName)} already exists; backups are never overwritten: choose another name`);
        this.backupName = backupName;
    }
}
/** No backup of that name in the store. */
class BackupNotFoundError extends base/* OrchBackupError */.FY {
    backupName;
    backupDir;
    suggestions;
    code = 'BACKUP_NOT_FOUND';
    constructor(backupName, backupDir, 
    /** Existing backups with similar names, best first (at most a few). */
    suggestions = []) {
        super(`no backup named ${JSON.stringify(backupName)} in ${backupDir}${didYouMean(suggestions)}`);
        this.backupName = backupName;
        this.backupDir = backupDir;
        this.suggestions = suggestions;
    }
}
/** `cat <name> <path>`: the backup has no file at that path. */
class FileNotInBackupError extends base/* OrchBackupError */.FY {
    backupName;
    path;
    fileCount;
    suggestions;
    code = 'FILE_NOT_IN_BACKUP';
    constructor(backupName, path, fileCount, 
    /** The backup's paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        super(`backup ${JSON.stringify(backupName)} has no file ${JSON.stringify((0,base/* truncate */.xv)(path, 80))}` +
            (suggestions.length > 0 ? didYouMean(suggestions) : ` (it has ${fileCount} file${fileCount === 1 ? '' : 's'})`));
        this.backupName = backupName;
        this.path = path;
        this.fileCount = fileCount;
        this.suggestions = suggestions;
    }
}
/** A clean would delete every manual backup, or every backup but the newest, and nobody confirmed it. */
class DangerousCleanError extends base/* OrchBackupError */.FY {
    allManual;
    allButNewest;
    code = 'CLEAN_NEEDS_FORCE';
    exitCode = base/* ExitCode */.yU.usage;
    constructor(
    /** How many manual backups it would delete: all of them. */
    allManual, 
    /** How many it would delete, keeping only the newest. */
    allButNewest) {
        const what = [
            allManual !== undefined ? `every manual backup (${allManual})` : '',
            allButNewest !== undefined ? `every backup but the newest (${allButNewest})` : '',
        ].filter(Boolean);
        super(`clean would delete ${what.join(' and ')}; nothing was deleted`);
        this.allManual = allManual;
        this.allButNewest = allButNewest;
    }
}
/** ` (did you mean "a" or "b"?)`, or '' when there is nothing close. */
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const quoted = suggestions.map((s) => JSON.stringify(s));
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` (did you mean ${list}?)`;
}
/** The backup directory is not usable (not a directory, unreadable, not writable). */
class BackupDirError extends base/* OrchBackupError */.FY {
    backupDir;
    problem;
    code = 'BACKUP_DIR_INVALID';
    constructor(backupDir, problem) {
        super(`backup directory ${backupDir} ${problem}`);
        this.backupDir = backupDir;
        this.problem = problem;
    }
}
/** A backup's manifest is missing, unparsable, or fails its checksum. */
class ManifestError extends base/* OrchBackupError */.FY {
    backupName;
    problem;
    code = 'MANIFEST_INVALID';
    constructor(backupName, problem) {
        super(`backup ${JSON.stringify(backupName)} has an unusable manifest: ${problem}`);
        this.backupName = backupName;
        this.problem = problem;
    }
}
/** A backup's stored copies do not match their checksums, or are missing. */
class BackupDamagedError extends base/* OrchBackupError */.FY {
    backupName;
    problems;
    code = 'BACKUP_DAMAGED';
    constructor(backupName, problems) {
        super(`backup ${JSON.stringify(backupName)} is damaged: ${problems.slice(0, 3).join('; ')}` +
            (problems.length > 3 ? ` (+${problems.length - 3} more)` : ''));
        this.backupName = backupName;
        this.problems = problems;
    }
}
/** A write into the store failed (disk full, read-only, permissions); nothing was kept. */
class StoreWriteError extends base/* OrchBackupError */.FY {
    target;
    errno;
    code = 'STORE_WRITE_FAILED';
    constructor(target, errno, options) {
        super(`${(0,base/* describeErrno */.cZ)(errno)} while writing ${target}; nothing was saved and the config is untouched`, options);
        this.target = target;
        this.errno = errno;
    }
}

;// CONCATENATED MODULE: ./lib/errors/operations.js

// Errors of restore, export/import, git and patches.
/** Restoring this backup would put configs in place that do not validate. */
class RestoreRefusedError extends base/* OrchBackupError */.FY {
    backupName;
    reason;
    validationErrors;
    code = 'RESTORE_REFUSED';
    constructor(backupName, reason, validationErrors) {
        super(`refusing to restore ${JSON.stringify(backupName)}: its content has ${validationErrors} validation error(s)`);
        this.backupName = backupName;
        this.reason = reason;
        this.validationErrors = validationErrors;
    }
}
/** The config changed between planning and applying a restore; nothing was restored. */
class ConfigChangedError extends base/* OrchBackupError */.FY {
    files;
    code = 'CONFIG_CHANGED';
    constructor(files) {
        super(`the config changed while the restore was being planned (${files.slice(0, 3).join(', ')}); nothing was restored: run the restore again`);
        this.files = files;
    }
}
/** A restore was applied, its result did not validate, and the config was put back as it was. */
class RestoreRolledBackError extends base/* OrchBackupError */.FY {
    backupName;
    validationErrors;
    code = 'RESTORE_ROLLED_BACK';
    constructor(backupName, validationErrors) {
        super(`the configs restored from ${JSON.stringify(backupName)} did not validate (${validationErrors} error(s)), so they were rolled back`);
        this.backupName = backupName;
        this.validationErrors = validationErrors;
    }
}
/** An interrupted restore cannot be finished: a file it had staged is gone. */
class RestoreRecoveryError extends base/* OrchBackupError */.FY {
    file;
    code = 'RESTORE_UNRECOVERABLE';
    constructor(file) {
        super(`cannot finish the interrupted restore: staged copy of ${file} is gone`);
        this.file = file;
    }
}
/** An archive that cannot be imported as it is; nothing was written into the store. */
class ArchiveRejectedError extends base/* OrchBackupError */.FY {
    archive;
    reason;
    detail;
    entry;
    code = 'ARCHIVE_REJECTED';
    constructor(archive, reason, detail, entry) {
        super(`cannot import ${archive}: ${detail}; nothing was imported`);
        this.archive = archive;
        this.reason = reason;
        this.detail = detail;
        this.entry = entry;
    }
}
/** The export target exists; an export never overwrites a file. */
class OutputExistsError extends base/* OrchBackupError */.FY {
    file;
    code = 'OUTPUT_EXISTS';
    constructor(file) {
        super(`${file} already exists; an export never overwrites a file: remove it or choose another output path`);
        this.file = file;
    }
}
/** A git command the hook or the Action runs failed. */
class GitError extends base/* OrchBackupError */.FY {
    args;
    stderr;
    code = 'GIT_FAILED';
    constructor(args, stderr) {
        super(`git ${args[0] ?? ''} failed: ${stderr.trim().split('\n')[0] || 'unknown error'}`);
        this.args = args;
        this.stderr = stderr;
    }
}
/** A patch operation that does not apply to the document it was given. */
class PatchApplyError extends base/* OrchBackupError */.FY {
    operation;
    reason;
    code = 'PATCH_NOT_APPLICABLE';
    constructor(operation, reason) {
        super(`${operation.op} ${operation.path}: ${reason}`);
        this.operation = operation;
        this.reason = reason;
    }
    /** The operation without its value: config content (a secret, maybe) never goes into `--json` errors or the log. */
    data() {
        const { op, path } = this.operation;
        return {
            operation: { op, path, ...('from' in this.operation ? { from: this.operation.from } : {}) },
            reason: this.reason,
        };
    }
}
/** A reference to rewrite no longer holds what the judgement saw: the file changed in between. */
class FixConflictError extends base/* OrchBackupError */.FY {
    file;
    pointer;
    code = 'FIX_CONFLICT';
    constructor(file, pointer) {
        super(`${file} changed while it was being fixed (${pointer} no longer holds the old id); nothing was written to it`);
        this.file = file;
        this.pointer = pointer;
    }
}
/** An operation stopped on request (Ctrl-C, an aborted signal) at a point where it could stop cleanly. */
class OperationInterruptedError extends base/* OrchBackupError */.FY {
    operation;
    state;
    code = 'INTERRUPTED';
    exitCode = base/* ExitCode */.yU.interrupted;
    constructor(operation, state) {
        const text = {
            'nothing-changed': 'nothing was changed',
            'rolled-back': 'the restore was rolled back; the config is as before',
            'partial-removed': 'the partial backup was removed',
        };
        super(`${operation} interrupted: ${text[state]}`);
        this.operation = operation;
        this.state = state;
    }
}

;// CONCATENATED MODULE: ./lib/errors/github.js

// Errors only the GitHub Action meets: artifacts and repository permissions.
/** No backup artifact of that name, or the artifact holds no backup. */
class ArtifactNotFoundError extends base/* OrchBackupError */.FY {
    artifactName;
    reason;
    runId;
    code = 'ARTIFACT_NOT_FOUND';
    constructor(artifactName, 
    /** `missing`: no artifact has the name; `no-archive`: the artifact holds no backup. */
    reason, runId) {
        super(reason === 'missing'
            ? `no backup artifact named ${JSON.stringify(artifactName)}${runId ? ` in run ${runId}` : ' in this repository'}`
            : `artifact ${JSON.stringify(artifactName)} holds no .tar.gz backup: it was not made by orchestration-backup`);
        this.artifactName = artifactName;
        this.reason = reason;
        this.runId = runId;
    }
}
/** The backup artifact has expired: GitHub no longer keeps its content. */
class ArtifactExpiredError extends base/* OrchBackupError */.FY {
    artifactName;
    expiresAt;
    code = 'ARTIFACT_EXPIRED';
    constructor(artifactName, expiresAt) {
        super(`backup artifact ${JSON.stringify(artifactName)} has expired${expiresAt ? ` (on ${expiresAt})` : ''}: GitHub no longer keeps its content`);
        this.artifactName = artifactName;
        this.expiresAt = expiresAt;
    }
}
/**
 * The artifact service does not exist on this server (GitHub Enterprise Server): `@actions/artifact`
 * supports github.com and GHE.com only, so a backup artifact cannot be downloaded here.
 */
class ArtifactsUnavailableError extends base/* OrchBackupError */.FY {
    serverUrl;
    artifactName;
    code = 'ARTIFACTS_UNAVAILABLE';
    constructor(serverUrl, artifactName) {
        super(`backup artifact ${JSON.stringify(artifactName)} cannot be downloaded from ${serverUrl}, a GitHub Enterprise Server (@actions/artifact, which reads artifacts, supports github.com and GHE.com only)`);
        this.serverUrl = serverUrl;
        this.artifactName = artifactName;
    }
}
/** The workflow's token may not open pull requests; the branch was pushed all the same. */
class GitHubPermissionError extends base/* OrchBackupError */.FY {
    branch;
    code = 'GITHUB_FORBIDDEN';
    constructor(branch) {
        super(`GitHub Actions may not create pull requests in this repository (branch ${branch} was pushed)`);
        this.branch = branch;
    }
}

;// CONCATENATED MODULE: ./lib/errors/remedy.js
function remedyFor(error, remedies) {
    const remedy = remedies[error.code];
    return typeof remedy === 'function' ? remedy(error) : remedy;
}
/** The error's message followed by the edge's remedy, if it has one. */
function describeError(error, remedies) {
    const remedy = remedyFor(error, remedies);
    return remedy ? `${error.message}: ${remedy}` : error.message;
}
const whenMissingConfigDir = (remedy) => (error) => error.reason === 'missing' ? remedy : undefined;
const whenInvalidJsonArchive = (remedy) => (error) => error.reason === 'invalid-json' ? remedy : undefined;
/** The remedies in the library's terms: the options of its functions. */
const LIBRARY_REMEDIES = {
    STORE_BUSY: 'try again when it finishes, or raise the lockTimeoutMs option',
    CONFIG_DIR_NOT_FOUND: whenMissingConfigDir('pass the configDir option'),
    INVALID_JSON: 'fix it, or pass allowInvalid: true to back it up as it is',
    RESTORE_REFUSED: 'pass force: true to restore it anyway',
    ARCHIVE_REJECTED: whenInvalidJsonArchive('pass allowInvalid: true to import it as it is'),
    POLICY_EMPTY: 'give the policy at least one keep rule',
};

;// CONCATENATED MODULE: ./lib/errors/index.js
/**
 * Every failure the tool reports on purpose is one of these classes; docs/ERRORS.md lists
 * them (generated: npm run docs:errors).
 */








/***/ }),

/***/ 1589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ RestoreObstacleError),
/* harmony export */   DS: () => (/* binding */ JournalKeyError),
/* harmony export */   F1: () => (/* binding */ RestoreStuckError),
/* harmony export */   Xj: () => (/* binding */ LegacyJournalError),
/* harmony export */   Y7: () => (/* binding */ JournalRejectedError),
/* harmony export */   c9: () => (/* binding */ JournalOfOtherUserError)
/* harmony export */ });
/* unused harmony exports RestoreMoveFailedError, RestorePathError */
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1638);

const OBSTACLE_TEXT = {
    'mount-point': 'is a mount point (a bind-mounted file or a file system mounted there), so nothing can be moved in or out of it: unmount it first',
    'other-file-system': 'is on another file system than the config dir, so files cannot be moved into it atomically',
    'not-writable': 'is not writable',
    'directory-in-place-of-file': 'is a directory where the backup has a file: move it away first',
    'file-in-place-of-directory': 'is a file where the backup has a directory: move it away first',
    'symlinked-directory': 'is a symlink to a directory: restore never writes through a symlink, replace it with a real directory first',
    'not-a-regular-file': 'is not a regular file (a FIFO, socket or device): move it away first',
    'owned-path': "belongs to the tool itself (its settings, store or restore scratch), never to a backup's content",
    'unsafe-path': 'is not a safe relative path (absolute, "..", or an empty segment)',
};
/** A restore target that cannot take its file; the restore is refused before anything moves. */
class RestoreObstacleError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    reason;
    errno;
    code = 'RESTORE_OBSTACLE';
    constructor(backupName, path, reason, errno) {
        const text = reason === 'not-writable' && errno ? `is not writable (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)})` : OBSTACLE_TEXT[reason];
        super(`refusing to restore ${JSON.stringify(backupName)}: ${JSON.stringify(path)} ${text}; nothing was changed`);
        this.backupName = backupName;
        this.path = path;
        this.reason = reason;
        this.errno = errno;
    }
    toJSON() {
        return { ...super.toJSON(), path: this.path, reason: this.reason };
    }
}
/** A move failed midway (after every check passed) and everything already moved was put back. */
class RestoreMoveFailedError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    errno;
    code = 'RESTORE_MOVE_FAILED';
    constructor(backupName, path, errno, options) {
        super(`restoring ${JSON.stringify(backupName)} failed while moving ${JSON.stringify(path)} (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(errno)}); ` +
            'every file already moved was put back: the config is exactly as it was', options);
        this.backupName = backupName;
        this.path = path;
        this.errno = errno;
    }
}
/**
 * An interrupted restore that could neither be finished nor rolled back: the config is mixed,
 * and the journal and the files set aside are kept so that `orch-backup recover` can end it.
 */
class RestoreStuckError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    configDir;
    stagingDir;
    attempts;
    code = 'RESTORE_INTERRUPTED';
    constructor(backupName, configDir, stagingDir, attempts) {
        const tried = attempts
            .map((a) => `${a.direction === 'finish' ? 'finishing' : 'rolling back'} failed at ${JSON.stringify(a.path)} (${(0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .describeErrno */ .cZ)(a.errno)})`)
            .join('; ');
        super(`the restore of ${JSON.stringify(backupName)} into ${configDir} is unfinished: ${tried}. ` +
            `The config is mixed; both versions are kept in ${stagingDir}. Fix the cause, then run ` +
            '`orch-backup recover --rollback` (back to the config before the restore) or `orch-backup recover --finish` (complete the restore)');
        this.backupName = backupName;
        this.configDir = configDir;
        this.stagingDir = stagingDir;
        this.attempts = attempts;
    }
}
/** A restore journal this store did not write (planted or edited): it is never executed. */
class JournalRejectedError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    problem;
    movedTo;
    code = 'JOURNAL_REJECTED';
    constructor(file, problem, movedTo) {
        super(`ignored the restore journal ${file}: ${problem}; nothing in it was executed` +
            (movedTo ? ` (kept as ${movedTo} for inspection)` : ''));
        this.file = file;
        this.problem = problem;
        this.movedTo = movedTo;
    }
}
/** The key that authenticates restore journals is not private to the user running the tool. */
class JournalKeyError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    problem;
    ownerUid;
    code = 'JOURNAL_KEY_UNTRUSTED';
    constructor(file, problem, 
    /** Set when the key is another user's: their journals can be neither checked nor dropped by this one. */
    ownerUid) {
        super(`cannot trust ${file}: ${problem}; remove it if you did not create it (a new one is made by the next restore)`);
        this.file = file;
        this.problem = problem;
        this.ownerUid = ownerUid;
    }
}
/**
 * A restore journal signed with another user's key: this user can neither check nor execute it,
 * and does not drop it either (it may be that user's interrupted restore).
 */
class JournalOfOtherUserError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    keyFile;
    ownerUid;
    code = 'RESTORE_INTERRUPTED_OTHER_USER';
    constructor(file, keyFile, ownerUid) {
        super(`a restore journal ${file} is signed with the key of uid ${ownerUid}, so only that user can end it: ` +
            `run \`orch-backup recover\` as uid ${ownerUid}; if nobody knows that user, remove ${file} and ${keyFile}`);
        this.file = file;
        this.keyFile = keyFile;
        this.ownerUid = ownerUid;
    }
}
/** A path named for a partial restore that is outside the config dir, the tool's own, or on neither side. */
class RestorePathError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    backupName;
    path;
    reason;
    suggestions;
    code = 'RESTORE_PATH';
    exitCode = _base_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.usage;
    constructor(backupName, path, reason, 
    /** For `not-found`: the known paths closest to `path`, best first (at most a few). */
    suggestions = []) {
        const shown = JSON.stringify((0,_base_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(path, 80));
        const text = {
            'outside-config-dir': `cannot restore ${shown}: paths are relative to the config dir and may not leave it`,
            'owned-path': `cannot restore ${shown}: it belongs to the tool itself (its settings, store or restore scratch), not to the config`,
            'not-found': `neither backup ${JSON.stringify(backupName)} nor the config has ${shown}${didYouMean(suggestions)}`,
        };
        super(text[reason]);
        this.backupName = backupName;
        this.path = path;
        this.reason = reason;
        this.suggestions = suggestions;
    }
}
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const quoted = suggestions.map((s) => JSON.stringify(s));
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
    return ` (did you mean ${list}?)`;
}
/**
 * A restore journal an older version wrote (format 1): unsigned, so never executed, and set aside.
 * The message says what it was doing and which ordinary restore ends it.
 */
class LegacyJournalError extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* .OrchBackupError */ .FY {
    file;
    movedTo;
    purpose;
    state;
    configDir;
    stagingDir;
    finishWith;
    goBackWith;
    missing;
    code = 'JOURNAL_OLD_FORMAT';
    constructor(file, movedTo, purpose, state, configDir, stagingDir, 
    /** The restore that completes it (`orch-backup restore <finishWith>`), when the store has that backup. */
    finishWith, 
    /** The restore that goes back to before it, when the store has that backup. */
    goBackWith, missing) {
        const what = purpose === 'rollback'
            ? `a rollback to ${JSON.stringify(finishWith ?? missing[0])}`
            : `a restore of ${JSON.stringify(finishWith ?? missing[0])}`;
        const where = `in ${configDir}`;
        const state_ = state === 'finished'
            ? `${what} had completed ${where}: every file it names is as the backup has it, so nothing is left to do`
            : state === 'untouched'
                ? `${what} had not changed any file ${where} yet: the config is as it was`
                : `${what} stopped half way ${where}: the config is partly old, partly new. ` +
                    [
                        finishWith && `To complete it: orch-backup restore ${finishWith}`,
                        goBackWith && `to go back to the config before it: orch-backup restore ${goBackWith}`,
                        !finishWith &&
                            !goBackWith &&
                            'neither backup it names is in this store: check the config by hand (orch-backup validate)',
                    ]
                        .filter(Boolean)
                        .join('; ');
        super(`a restore journal ${file} from an older version (format 1, unsigned) was not executed` +
            `${movedTo ? ` and was set aside as ${movedTo}` : ''}: ${state_}` +
            `${missing.length > 0 && state === 'mixed' && (finishWith || goBackWith) ? ` (${missing.map((m) => JSON.stringify(m)).join(', ')} is no longer in the store)` : ''}` +
            `. Its staged copies, if any, are in ${stagingDir}: nothing there is needed, delete it (rm -r ${JSON.stringify(stagingDir)})`);
        this.file = file;
        this.movedTo = movedTo;
        this.purpose = purpose;
        this.state = state;
        this.configDir = configDir;
        this.stagingDir = stagingDir;
        this.finishWith = finishWith;
        this.goBackWith = goBackWith;
        this.missing = missing;
    }
}


/***/ }),

/***/ 9850:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _cli_hook_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1120);
/* harmony import */ var _cli_options_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8392);
/* harmony import */ var _core_restore_journal_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7473);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8378);
/* harmony import */ var _core_diff_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7990);
/* harmony import */ var _cli_remedy_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8056);
/**
 * The pre-commit hook's Node half, started by hooks/pre-commit once configs are staged. It skips
 * the CLI's argument parser: every millisecond here is added to someone's `git commit`.
 */








const say = (text) => void process.stderr.write(text);
function flag(name) {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
}
try {
    const cwd = process.cwd();
    const configDir = flag('--config-dir');
    const backupDir = flag('--backup-dir');
    const opts = await (0,_cli_options_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGlobalOptions */ .Q)({ ...(configDir ? { configDir } : {}), ...(backupDir ? { backupDir } : {}) }, { cwd, env: process.env, stdoutIsTTY: false, stdinIsTTY: false });
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,_core_restore_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .journalPath */ .HY)(opts.backupDir))) {
        const { recoverInterruptedRestore } = await __nccwpck_require__.e(/* import() */ 905).then(__nccwpck_require__.bind(__nccwpck_require__, 5905));
        await recoverInterruptedRestore({ backupDir: opts.backupDir, lockTimeoutMs: opts.lockTimeoutMs });
    }
    // hooks/pre-commit starts this at the top of the work tree, where `.git` is: unless the
    // environment points git elsewhere, that is the root, without asking git.
    const root = !process.env.GIT_DIR && !process.env.GIT_WORK_TREE && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(cwd, '.git')) ? cwd : undefined;
    process.exitCode = (await (0,_cli_hook_run_js__WEBPACK_IMPORTED_MODULE_2__/* .hookRunCommand */ .U)(opts, cwd, say, root)).exitCode;
}
catch (error) {
    const reason = (0,_core_diff_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactString */ .rd)(error instanceof _errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .OrchBackupError */ .FY ? (0,_errors_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error, _cli_remedy_js__WEBPACK_IMPORTED_MODULE_7__/* .HOOK_REMEDIES */ .n) : String(error.message ?? error));
    say(`orch-backup: commit blocked: the pre-commit hook failed: ${reason}; bypass (not recommended): git commit --no-verify\n`);
    process.exitCode = 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9850);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
