'use strict';
// A page without content of its own: the navigation and the signed-in user only.
Console.start(async () => {});
