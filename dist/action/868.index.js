export const id = 868;
export const ids = [868];
export const modules = {

/***/ 57868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failStep: () => (/* binding */ failStep),
/* harmony export */   failureMessage: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** The step's failure message for anything thrown: a FactstoreError says what to do already. */
function failureMessage(error) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FactstoreError */ .ST)
        return prefixed(error.message);
    if (error instanceof Error)
        return prefixed(`unexpected error: ${error.message}. Re-run the job; if it persists, report it with this log.`);
    return prefixed(`unexpected error: ${String(error)}. Re-run the job; if it persists, report it with this log.`);
}
/** Fails the step (exit code 1, an error annotation); the stack goes to the debug log only. */
function failStep(error) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failureMessage(error));
    if (error instanceof Error && error.stack !== undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
}
function prefixed(message) {
    return message.startsWith('factstore') ? message : `factstore: ${message}`;
}


/***/ })

};
