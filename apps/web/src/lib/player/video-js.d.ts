// video.js's core build (without streaming formats) is the same player as its main entry, typed there.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}
