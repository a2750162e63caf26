import { render } from 'preact';
render(<p>Offline IM Build Checker</p>, document.getElementById('app')!);
