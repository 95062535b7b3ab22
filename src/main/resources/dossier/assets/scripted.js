/* Loaded in <head> without defer: the class lets the stylesheet fold the phone menu before the first paint. */
document.documentElement.classList.add("scripted");
