import type { SourceRecord } from '../records';

export const sources: SourceRecord[] = [
  {
    url: 'https://www.indiawest.com/entertainment/television/star-s-iconic-show-sreemoyee-to-be-remade-as-anupamaa/article_40d06a14-598a-11ea-b0f7-7747ef543200.html',
    outlet: 'India West',
    published: '2020-02-27',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/rupali-ganguly-starrer-anupamaa-has-yeh-rishta-kya-kehlata-hai-connection-read-know',
    outlet: 'TellyChakkar',
    published: '2020-02-27',
  },
  {
    url: 'https://aajtak.in/entertainment/television/story/rajan-shahi-show-anupamaa-remake-of-aai-kuthe-kay-karteand-sreemoyee-tmov-1156846-2020-11-05',
    outlet: 'Aaj Tak',
    published: '2020-11-05',
  },
  {
    url: 'https://www.republicworld.com/entertainment-news/television-news/rupali-gangulys-anupamaa-clocks-1-year-thanks-makers-for-her-addictive-shah-parivaar.html',
    outlet: 'Republic World',
    published: '2021-02-25',
  },
  {
    url: 'https://www.tv9hindi.com/entertainment/anupamaa-actor-paras-kalnawat-write-down-emotional-post-about-his-father-after-his-demise-597447.html',
    outlet: 'TV9 Hindi',
    published: '2021-03-29',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/the-decision-was-no-looking-back-rajan-shahi-reveals-he-tried-stop-anupamaa-and-vanrajs',
    outlet: 'TellyChakkar',
    published: '2021-04-29',
  },
  {
    url: 'https://www.news18.com/news/movies/rupali-ganguly-opens-up-on-anupamaa-losing-top-spot-on-trp-chart-3738152.html',
    outlet: 'News18',
    published: '2021-05-14',
  },
  {
    url: 'https://www.indiawest.com/entertainment/bollywood/star-plus-anupamaa-takes-dramatic-unexpected-twist/article_f4fe6012-b98e-11eb-842b-a317defa9956.html',
    outlet: 'India West',
    published: '2021-05-20',
  },
  {
    url: 'https://www.newsbytesapp.com/news/entertainment/apurva-agnihotri-quits-anupamaa-shares-an-emotional-post/story',
    outlet: 'NewsBytes',
    published: '2021-06-08',
  },
  {
    url: 'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
    outlet: 'Asianet News Hindi',
    published: '2021-06-28',
  },
  {
    url: 'https://www.news18.com/news/movies/anupamaas-rupali-ganguly-says-husband-took-break-from-work-to-support-her-acting-comeback-3927083.html',
    outlet: 'News18',
    published: '2021-07-05',
  },
  {
    url: 'https://morning-newspaper.in/%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE%E0%A4%82-%E0%A4%B0%E0%A5%81%E0%A4%AA%E0%A4%BE%E0%A4%B2%E0%A5%80-%E0%A4%97%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%81%E0%A4%B2%E0%A5%80-%E0%A4%B8/',
    outlet: 'Morning Newspaper (Amar Ujala copy)',
    published: '2021-07-16',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-gaurav-khanna-as-anuj-kapadia-gets-a-thumbs-up-fans-say-in-love-with-this-man-already-read-tweets-1906853/',
    outlet: 'BollywoodLife',
    published: '2021-09',
  },
  {
    url: 'https://www.spotboye.com/television/television-news/anupamaa-jaswir-kaur-talks-about-being-like-her-onscreen-character-devika-in-real-life-too/614b430fe002610f01678ccc',
    outlet: 'SpotboyE',
    published: '2021-09',
  },
  {
    url: 'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
    outlet: 'Indian Express',
    published: '2021-09-01',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
    outlet: 'Pinkvilla',
    published: '2021-09-06',
  },
  {
    url: 'https://www.indiatoday.in/television/soaps/story/veteran-gujarati-actor-deepak-gheewala-joins-the-cast-of-anupamaa-1851111-2021-09-09',
    outlet: 'India Today',
    published: '2021-09-09',
  },
  {
    url: 'https://icraze.in/entertainment/aneri-vajani-collaborating-wit-rajan-shahi',
    outlet: 'iCraze',
    published: '2021-11',
  },
  {
    url: 'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
    outlet: 'India TV',
    published: '2021-11-21',
  },
  {
    url: 'https://www.freepressjournal.in/entertainment/television/anupamaa-actress-madhavi-gogate-58-passes-away-days-after-testing-positive-for-covid-19',
    outlet: 'Free Press Journal',
    published: '2021-11-22',
  },
  {
    url: 'https://www.ndtv.com/entertainment/anupamaa-actress-madhavi-gogate-dies-rupali-ganguly-and-others-pay-tributes-2620026',
    outlet: 'NDTV',
    published: '2021-11-22',
  },
  {
    url: 'https://www.outlookindia.com/website/story/entertainment-news-madhavi-gogate-starrer-of-the-film-anupamaa-passes-away-aged-58/401974',
    outlet: 'Outlook India',
    published: '2021-11-22',
  },
  {
    url: 'https://zeenews.india.com/television/anupamaa-actress-madhavi-gogate-dies-at-58-rupali-ganguly-mourns-the-loss-2412518.html',
    outlet: 'Zee News',
    published: '2021-11-22',
  },
  {
    url: 'https://www.news18.com/news/movies/taarak-mehta-ka-ooltah-chashmah-tops-ormax-medias-show-list-bigg-boss-misses-out-4582214.html',
    outlet: 'News18',
    published: '2021-12-22',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/sudhanshu-pandey-shows-his-singing-talent-first-time-reality-show-221002',
    outlet: 'TellyChakkar (IANS)',
    published: '2022-02-10',
  },
  {
    url: 'https://www.iamgujarat.com/entertainment/tv/actress-sarita-joshi-to-enter-prequel-of-anupamaa-she-will-play-moti-baa-role/articleshow/90438792.cms',
    outlet: 'I Am Gujarat',
    published: '2022-03',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-fame-anagha-bhosale-quits-showbiz-finds-it-filled-hypocrisy-politics-unhealthy-competition-1042197',
    outlet: 'Pinkvilla',
    published: '2022-03',
  },
  {
    url: 'https://www.hindustantimes.com/entertainment/tv/anupamaas-anagha-bhosale-quits-show-wants-to-focus-on-spiritual-journey-showbiz-is-filled-with-hypocrisy-101646809346063-amp.html',
    outlet: 'Hindustan Times',
    published: '2022-03-09',
  },
  {
    url: 'https://www.indiatoday.in/television/celebrity/story/anagha-bhosale-goes-on-solo-trip-to-puri-after-quitting-anupamaa-1923642-2022-03-10',
    outlet: 'India Today',
    published: '2022-03-10',
  },
  {
    url: 'https://timesofindia.indiatimes.com/tv/news/hindi/it-is-anupamas-show-after-all-so-mukku-cant-always-be-around-aneri-vajani-on-why-she-is-missing-from-anupama/amp_articleshow/90334255.cms',
    outlet: 'Times of India',
    published: '2022-03-20',
  },
  {
    url: 'https://www.news18.com/news/movies/anupamaa-malvika-aka-aneri-vajani-reveals-why-shes-missing-from-the-show-says-currently-on-a-break-4894865.html',
    outlet: 'News18',
    published: '2022-03-21',
  },
  {
    url: 'https://www.filmibeat.com/television/news/2022/anupamaa-fame-anagha-bhosale-quits-film-and-television-industry-due-to-her-religious-belief-331912.html',
    outlet: 'Filmibeat',
    published: '2022-03-25',
  },
  {
    url: 'https://www.india.com/entertainment/anupama-rupali-ganguly-expresses-her-excitement-for-prequel-anupamaa-namaste-america-fans-ask-maan-hoga-5313675/',
    outlet: 'India.com',
    published: '2022-04-01',
  },
  {
    url: 'https://indianexpress.com/article/entertainment/web-series/anupama-namaste-america-teaser-rupali-ganguly-sudhanshu-pandey-anupama-prequel-video-7874721/',
    outlet: 'Indian Express',
    published: '2022-04-18',
  },
  {
    url: 'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
    outlet: 'Koimoi (IANS)',
    published: '2022-04-20',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    outlet: 'Pinkvilla',
    published: '2022-04-27',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/omg-sudhanshu-pandey-aka-vanraj-makes-shocking-statement-about-anuj-kapadias-role-220429',
    outlet: 'TellyChakkar',
    published: '2022-04-29',
  },
  {
    url: 'https://abplive.com/entertainment/aneri-vajani-bids-adieu-to-anupama-says-there-is-no-scope-of-returning-to-the-show-2131563',
    outlet: 'ABP Live',
    published: '2022-05',
  },
  {
    url: 'https://www.news18.com/news/movies/anupamaa-new-entry-alma-hussein-to-enter-rupali-gangulys-show-as-samars-new-love-interest-5158717.html',
    outlet: 'News18',
    published: '2022-05',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-we-were-part-of-kkusum-2-together-leela-aka-alpana-buch-opens-working-savita',
    outlet: 'TellyChakkar',
    published: '2022-05',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-alma-hussein-join-show-samars-new-love-interest-after-anagha-bhosale-s-exit-1086968',
    outlet: 'Pinkvilla',
    published: '2022-05-11',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-adhik-mehta-enter-pakhis-boyfriend-anupamaa-new-track-unfold-the-show-220528',
    outlet: 'TellyChakkar',
    published: '2022-05-28',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaas-sudhanshu-pandey-reacts-being-household-name-even-my-hollywood-film-didnt-give-such-fame-1136955',
    outlet: 'Pinkvilla',
    published: '2022-06-05',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-sure-people-are-going-ankush-the-coming-days-rohit-bakshi-his-character',
    outlet: 'TellyChakkar',
    published: '2022-06-06',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-real-reason-why-nidhi-shah-aka-kinjal-is-leaving-rupali-ganguly-show-exclusive-entertainment-news-tv-serial-gossip-2107450/',
    outlet: 'BollywoodLife',
    published: '2022-06-21',
  },
  {
    url: 'https://www.filmibeat.com/amphtml/television/news/2022/anupamaa-rohit-bakshi-reveals-why-he-took-up-the-role-of-ankush-fans-feedback-336996.html',
    outlet: 'Filmibeat',
    published: '2022-06-30',
  },
  {
    url: 'https://celebritytadka.com/anupamaa-makers-terminates-paras-kalnawat-contract-he-reacts',
    outlet: 'Celebrity Tadka',
    published: '2022-07',
  },
  {
    url: 'https://celebritytadka.com/rupali-ganguly-on-anupamaa-completing-2-years-its-very-special',
    outlet: 'Celebrity Tadka',
    published: '2022-07',
  },
  {
    url: 'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
    outlet: 'Indian Express',
    published: '2022-07',
  },
  {
    url: 'https://www.filmibeat.com/amphtml/television/news/2022/anupamaa-makers-terminate-paras-kalnawat-s-contract-for-signing-another-show-on-rival-channel-338337.html',
    outlet: 'Filmibeat',
    published: '2022-07',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/watch-anupamaa-actress-anagha-bhosale-sings-song-lord-krishna-says-my-destiny-can-change-good-1167233',
    outlet: 'Pinkvilla',
    published: '2022-07',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
    outlet: 'TellyChakkar',
    published: '2022-07',
  },
  {
    url: 'https://www.indiatoday.in/television/celebrity/story/paras-kalnawat-out-of-rupali-ganguly-s-anupamaa-actor-to-be-a-part-of-jhalak-dikhla-jaa-read-details-1980448-2022-07-27',
    outlet: 'India Today',
    published: '2022-07-27',
  },
  {
    url: 'https://www.news18.com/news/movies/anupamaa-makers-terminate-paras-kalnawats-contract-actor-says-my-character-was-not-growing-5632105.html',
    outlet: 'News18',
    published: '2022-07-27',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-makers-end-paras-kalnawats-contract-heres-what-actor-has-say-1168097',
    outlet: 'Pinkvilla',
    published: '2022-07-27',
  },
  {
    url: 'https://www.republicworld.com/entertainment-news/television-news/have-anupama-makers-terminated-paras-kalnawat-aka-samars-contract-heres-all-about-it-articleshow.html',
    outlet: 'Republic World',
    published: '2022-07-27',
  },
  {
    url: 'https://www.dnaindia.com/television/report-anupamaa-sagar-parekh-opens-up-on-replacing-his-friend-paras-kalnawat-as-samar-shah-2972946',
    outlet: 'DNA India',
    published: '2022-07-31',
  },
  {
    url: 'https://news-24.fr/jhalak-dikhhla-jaa-10-paras-kalnawat-parle-du-drame-autour-de-sa-sortie-danupamaa-et-de-ses-ambitions-futures-exclusive/',
    outlet: 'news-24.fr',
    published: '2022-08',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-paras-kalnawats-replacement-sagar-parekh-talks-about-challenges-he-faced-as-he-chose-to-be-samar-says-there-was-a-lot-of-pressure-tv-serial-entertainment-news-2169045/',
    outlet: 'BollywoodLife',
    published: '2022-08',
  },
  {
    url: 'https://www.hindirush.com/photo-gallery/till-now-these-stars-have-said-goodbye-to-the-tv-show-anupama-used-to-play-these-characters-235214/',
    outlet: 'Hindi Rush',
    published: '2022-09',
  },
  {
    url: 'https://indianexpress.com/article/entertainment/television/after-paras-kalnawat-alma-hussein-quits-anupamaa-8129047/',
    outlet: 'Indian Express',
    published: '2022-09-03',
  },
  {
    url: 'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
    outlet: 'DNA India',
    published: '2022-09-03',
  },
  {
    url: 'https://www.india.com/entertainment/anupamaa-after-paras-kalnawat-sara-aka-alma-hussein-leaves-the-show-my-track-was-tv-news-gossip-5609920/',
    outlet: 'India.com',
    published: '2022-09-03',
  },
  {
    url: 'https://www.news18.com/news/movies/anupamaa-after-paras-kalnawat-alma-hussein-quits-rupali-gangulys-show-says-was-not-growing-as-an-actor-5886649.html',
    outlet: 'News18',
    published: '2022-09-04',
  },
  {
    url: 'https://www.iwmbuzz.com/television/celebrities/i-am-happy-to-have-joined-the-show-at-a-phase-where-anupamaa-is-fighting-her-own-battles-ashlesha-sawant/2022/09/07',
    outlet: 'IWMBuzz',
    published: '2022-09-07',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-the-first-day-was-extremely-special-rupali-maam-hugged-me-and-my-mother-saw-me',
    outlet: 'TellyChakkar',
    published: '2022-10-08',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-sagar-parekh-opens-about-playing-samar-shah-anupamaa-says-there-lot-of-pressure',
    outlet: 'TellyChakkar',
    published: '2022-10-17',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-alpana-buch-talks-about-her-character-leela-the-show-anupamaa-and-the-show',
    outlet: 'TellyChakkar',
    published: '2022-10-18',
  },
  {
    url: 'https://news-24.fr/la-star-daghori-ibrar-yakub-rejoint-lemission-principale-de-rupali-ganguly/',
    outlet: 'news-24.fr',
    published: '2022-11',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-sagar-parekh-opens-about-some-interesting-events-of-his-life-says-if-i-got',
    outlet: 'TellyChakkar',
    published: '2022-12-22',
  },
  {
    url: 'https://bollywoodtales.com/anupamaa-fame-tassnim-nerurkar-aka-rakhi-dave-talks-about-her-absence-from-the-show/',
    outlet: 'Bollywood Tales',
    published: '2023',
  },
  {
    url: 'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    outlet: 'News18',
    published: '2023',
  },
  {
    url: 'https://www.news18.com/amp/news/entertainment/rupali-ganguly-reveals-how-she-feels-when-somebody-calls-her-anupama-and-not-by-her-name-6958807.html',
    outlet: 'News18',
    published: '2023-01-31',
  },
  {
    url: 'https://www.news18.com/amp/news/movies/anupamaa-actor-sudhanshu-pandey-says-he-moved-on-from-band-of-boys-because-of-financial-responsibilities-7103395.html',
    outlet: 'News18',
    published: '2023-02-17',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/is-tassnim-sheikh-quitting-rupali-ganguly-starrer-anupamaa-heres-what-we-know-1209901',
    outlet: 'Pinkvilla',
    published: '2023-02-20',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-anupama-vs-maya-alpana-buch-aka-leela-the-show-anupamaa-sides-character-more',
    outlet: 'TellyChakkar',
    published: '2023-03-02',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
    outlet: 'TellyChakkar (IANS)',
    published: '2023-04-04',
  },
  {
    url: 'https://iamgujarat.com/entertainment/tv/asmi-deo-aka-choti-anus-track-will-not-end-in-anupamaa-his-father-clarifies/amp_articleshow/99610098.cms',
    outlet: 'I Am Gujarat',
    published: '2023-04-19',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
    outlet: 'BollywoodLife',
    published: '2023-05',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-sudhanshu-pandey-speaks-on-co-star-nitesh-pandeys-sudden-death-says-it-is-one-of-those-moments-entertainment-news-2447844/',
    outlet: 'BollywoodLife',
    published: '2023-05',
  },
  {
    url: 'https://www.koimoi.com/television/when-late-actor-nitesh-pandey-revealed-staying-away-from-tv-and-focusing-more-on-films-as-he-got-only-random-fathers-and-uncles-role/amp',
    outlet: 'Koimoi',
    published: '2023-05',
  },
  {
    url: 'https://www.merisaheli.com/dheeraj-kapoor-of-tv-show-anupamaa-actor-nitesh-pandey-dies-of-a-cardiac-arrest-at-51',
    outlet: 'Meri Saheli',
    published: '2023-05',
  },
  {
    url: 'https://www.news18.com/amp/entertainment/television/meet-the-new-characters-to-soon-feature-in-rupali-gangulys-anupamaa-7763881.html',
    outlet: 'News18',
    published: '2023-05-09',
  },
  {
    url: 'https://www.indiatvnews.com/entertainment/tv/rupali-ganguly-reveals-was-on-maternity-break-when-anupamaa-was-offered-gaurav-khanna-anuj-vanraj-2023-05-10-869795',
    outlet: 'India TV',
    published: '2023-05-10',
  },
  {
    url: 'https://www.indiatvnews.com/entertainment/tv/anupamaa-apara-mehta-opens-up-about-her-character-in-rupali-ganguli-show-anuj-gaurav-khanna-2023-05-16-870807',
    outlet: 'India TV',
    published: '2023-05-16',
  },
  {
    url: 'https://www.mid-day.com/entertainment/television-news/article/rupali-ganguly-remembers-her-anupamaa-co-star-nitesh-pandey-cant-believe-ill-never-meet-him-again-23288406',
    outlet: 'Mid-Day',
    published: '2023-05-24',
  },
  {
    url: 'https://bollywoodtales.com/uncertainty-looms-for-jaswir-kaurs-character-in-anupamaa-after-co-stars-tragic-demise/',
    outlet: 'Bollywood Tales',
    published: '2023-06',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-chhavi-pandey-aka-maya-to-exit-rupali-ganguly-gaurav-khannas-show-heres-what-we-know-entertainment-news-2486189/',
    outlet: 'BollywoodLife',
    published: '2023-06',
  },
  {
    url: 'https://www.iwmbuzz.com/television/celebrities/paras-kalnawat-confesses-about-his-love-read/2023/06/11',
    outlet: 'IWMBuzz',
    published: '2023-06-11',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-anupamaa-s-madalsa-sharma-opens-about-kavya-s-journey-says-kavya-has-decided',
    outlet: 'TellyChakkar',
    published: '2023-06-18',
  },
  {
    url: 'https://www.newscontinuous.com/entertainment/kavya-shares-good-news-for-anupama-bapu-ji-is-back-in-show',
    outlet: 'News Continuous',
    published: '2023-07',
  },
  {
    url: 'https://www.hindustantimes.com/entertainment/tv/anupamaa-bapuji-arvind-vaidya-missing-from-tv-show-101688355326557.html',
    outlet: 'Hindustan Times',
    published: '2023-07-03',
  },
  {
    url: 'https://www.news18.com/entertainment/television/arvind-vaidya-aka-bapuji-reveals-the-reason-behind-his-absence-from-anupamaa-8234797.html',
    outlet: 'News18',
    published: '2023-07-03',
  },
  {
    url: 'https://npg.news/web-stories/anupama-6-july-2023-maaya-ki-maut-ke-baad-khushi-mein-jhoom-utha-shah-pariwar-dance-karate-hue-manaya-jashn-746',
    outlet: 'NPG News (web story)',
    published: '2023-07-06',
  },
  {
    url: 'https://www.republicworld.com/entertainment-news/television-news/anupamaa-actor-sagar-parekh-reveals-if-he-is-quitting-rupali-ganguly-starrer-show-articleshow.html',
    outlet: 'Republic World',
    published: '2023-07-24',
  },
  {
    url: 'https://www.abplive.com/entertainment/television/anupamaa-after-3-years-dolly-aka-ekta-saraiya-quits-the-show-2473806',
    outlet: 'ABP Live',
    published: '2023-08',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
    outlet: 'Pinkvilla',
    published: '2023-08-08',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/rupali-ganguly-on-anupamaa-completing-1000-episodes-i-live-as-anupamaa-show-has-deep-impact-on-my-life-1235097',
    outlet: 'Pinkvilla',
    published: '2023-08-10',
  },
  {
    url: 'https://www.freepressjournal.in/entertainment/anupamaa-dolly-aka-ekta-saraiya-quits-the-show-after-3-years-know-why',
    outlet: 'Free Press Journal',
    published: '2023-08-14',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-sagar-parekh-aka-samar-talks-about-his-bond-with-rupali-ganguly-entertainment-news-tv-news-2610785/',
    outlet: 'BollywoodLife',
    published: '2023-09',
  },
  {
    url: 'https://editorji.com/amp/hindi/entertainment-news/tv/anupamaa-s-sister-in-law-dolly-aka-ekta-saraiya-told-the-reason-for-leaving-the-show-said-it-was-difficult-to-do-two-shows-simultaneously-1694135164776',
    outlet: 'Editorji',
    published: '2023-09-08',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-reveals-why-she-agreed-to-be-a-part-of-the-rupali-ganguly-show-entertainment-news-tv-news-2628241/',
    outlet: 'BollywoodLife',
    published: '2023-10',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/anupamaa-actor-sagar-parekh-posts-beautiful-photo-from-sets-calls-it-straight-from-kabhie-kushi-kabhie-gham-1249223',
    outlet: 'Pinkvilla',
    published: '2023-10',
  },
  {
    url: 'https://www.iwmbuzz.com/television/news/anupamaa-update-producer-rajan-shahi-calls-samars-death-the-biggest-blow-to-a-mother-hints-at-anuj-anupamaa-separation/2023/10/04',
    outlet: 'IWMBuzz',
    published: '2023-10-04',
  },
  {
    url: 'https://www.iwmbuzz.com/television/celebrities/i-hope-goodness-prevails-in-dimple-now-nishi-saxena-on-the-tragic-phase-in-anupamaa/2023/10/10',
    outlet: 'IWMBuzz',
    published: '2023-10-10',
  },
  {
    url: 'https://abplive.com/entertainment/television/anupamaa-barrister-babu-fame-actress-aurra-bhatnagar-to-play-choti-anu-role-2559731/amp',
    outlet: 'ABP Live',
    published: '2023-11',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-this-barrister-babu-fame-actress-to-now-play-choti-anu-entertainment-news-2726805/',
    outlet: 'BollywoodLife',
    published: '2023-11',
  },
  {
    url: 'https://www.moviegaze.com/anupamaa-exclusive-kunwar-amarjeet-singh-reveals-if-tapish-will-fill-in-samars-place-in-anus-life/',
    outlet: 'MovieGaze (BollywoodLife)',
    published: '2023-11',
  },
  {
    url: 'https://editorji.com/amp/hindi/entertainment-news/tv/kinjal-shah-aka-nidhi-shah-walked-out-of-anupamaa-show-said-there-is-not-much-scope-for-the-character-now-1700727627234',
    outlet: 'Editorji',
    published: '2023-11-23',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
    outlet: 'TellyChakkar',
    published: '2023-11-27',
  },
  {
    url: 'https://www.tribuneindia.com/news/lifestyle/its-a-beautiful-bond-566660',
    outlet: 'The Tribune',
    published: '2023-11-28',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-adhik-mehta-talks-about-playing-negative-role-in-rupali-gangulys-show-says-i-hope-that-entertainment-news-2723979/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-is-all-praise-for-rupali-ganguly-says-she-has-done-a-fabulous-job-entertainment-news-tv-news-2748112/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-aurra-bhatnagar-reveals-being-star-struck-seeing-rupali-ganguly-talks-about-her-bond-with-gaurav-khanna-entertainment-news-tv-news-2743954/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-chandni-bhagwanani-recalls-getting-death-threats-reveals-rupali-gangulys-warm-gesture-on-first-day-of-shoot-entertainment-news-2744542/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/jhalak-dikhhla-jaa-11-anupamaa-star-sagar-parekh-all-set-to-enter-as-wild-card-contestant-says-there-is-tremendous-pressure-entertainment-news-tv-news-2746866/',
    outlet: 'BollywoodLife',
    published: '2023-12',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-sukirti-kandpal-on-joining-anupamaa-it-feels-like-a-sense-of-responsibility-1269182?amp',
    outlet: 'Pinkvilla',
    published: '2023-12',
  },
  {
    url: 'https://www.hindustantimes.com/htcity/cinema/exclusive-muskan-bamne-quits-anupamaa-after-three-years-says-she-didnt-want-to-play-a-mother-at-such-a-young-age-101703341235904',
    outlet: 'Hindustan Times',
    published: '2023-12-23',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/breaking-muskan-bamne-aka-pakhi-of-anupamaa-confirms-quitting-the-show-says-i-couldn-t',
    outlet: 'TellyChakkar',
    published: '2023-12-23',
  },
  {
    url: 'https://attentionindia.com/entertainment/television/new-girl-in-anupamaa-will-the-imlie-actress-take-over-as-pakhi-in-rupali-gangulys-show/',
    outlet: 'Attention India',
    published: '2023-12-24',
  },
  {
    url: 'https://www.dnaindia.com/television/report-was-not-comfortable-muskan-bamne-aka-pakhi-breaks-silence-on-quitting-anupamaa-after-3-years-3072657',
    outlet: 'DNA India',
    published: '2023-12-26',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-aurra-bhatnagar-aka-aadhya-reveals-being-star-struck-seeing-rupali-ganguly-at-anupamaa-sets-1267600',
    outlet: 'Pinkvilla',
    published: '2023-12-26',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-muskan-bamne-on-quitting-anupamaa-rupali-ganguly-called-me-today-and-told-me-that-she-misses-me-1267873',
    outlet: 'Pinkvilla',
    published: '2023-12-27',
  },
  {
    url: 'https://www.editorji.com/amp/hindi/entertainment-news/tv/new-faces-will-be-shown-in-anupamaa-now-chandni-bhagwanani-will-play-the-role-of-pakhi-1703753084382',
    outlet: 'Editorji',
    published: '2023-12-28',
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/exclusive-apara-mehta-talks-about-her-association-anupamaa-s-producer-rajan-shahi-says',
    outlet: 'TellyChakkar',
    published: '2023-12-30',
  },
  {
    url: 'https://adani.news/twist-coming-in-anupama-serial-is-mothers-love-story-true',
    outlet: 'adani.news',
    published: '2024',
  },
  {
    url: 'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
    outlet: 'Culture Crossroads',
    published: '2024',
  },
  {
    url: 'https://digitalgabbar.com/hindi/tv/anu-anuj-hope-aadhya-is-alive-have-ankush-barkha-hidden-her',
    outlet: 'Digital Gabbar',
    published: '2024',
  },
  {
    url: 'https://grihshobha.in/?taxonomy=seo_keywords&term=aurra-bhatnagar',
    outlet: 'Grihshobha',
    published: '2024',
  },
  {
    url: 'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
    outlet: 'Prabhat Khabar',
    published: '2024',
  },
  {
    url: 'https://prabhatkhabar.com/?p=3025188',
    outlet: 'Prabhat Khabar',
    published: '2024',
  },
  {
    url: 'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
    outlet: 'Techohunt (ETimes summary)',
    published: '2024',
  },
  {
    url: 'https://tellyarticles.org/?p=5458',
    outlet: 'TellyArticles (India Forums)',
    published: '2024',
  },
  {
    url: 'https://thenews11.com/anupamaa-This-actresss-departure-from-Anupama-serial-will-not-be-seen-now-know-why-she-left-the-show',
    outlet: 'The News 11',
    published: '2024',
  },
  {
    url: 'https://updatetimes.in/anupama%e0%a4%85%e0%a4%ac-%e0%a4%a4%e0%a5%8b%e0%a4%b7%e0%a5%81-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%87%e0%a4%b8-%e0%a4%95%e0%a4%bf%e0%a4%b0%e0%a4%a6%e0%a4%be%e0%a4%b0-%e0%a4%a8',
    outlet: 'UpdateTimes',
    published: '2024',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
    outlet: 'BollywoodLife',
    published: '2024-01',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-fame-madalsa-sharma-reacts-to-kavya-facing-criticism-for-staying-with-vanraj-instead-of-daughter-maahi-exclusive-entertainment-news-2768393/',
    outlet: 'BollywoodLife',
    published: '2024-01',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
    outlet: 'BollywoodLife',
    published: '2024-01',
  },
  {
    url: 'https://www.spotboye.com/television/television-news/anupamaa-star-nidhi-shah-was-ready-to-quit-the-show-for-this-reason-read-to-know-below/65b11c987db8e1855b988a45',
    outlet: 'SpotboyE',
    published: '2024-01',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-is-gaurav-khanna-aka-anuj-kapadia-quitting-the-show-heres-what-we-know-entertainment-news-tv-news-2816232/',
    outlet: 'BollywoodLife',
    published: '2024-02',
  },
  {
    url: 'https://tv9hindi.com/entertainment/television/jhalak-dikhhla-jaa-11-anupama-son-sagar-parekh-evicted-lost-his-battel-with-shiv-thakre-2435386.html',
    outlet: 'TV9 Hindi',
    published: '2024-02-18',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/jhalak-dikhhla-jaa-11s-sagar-parekh-pens-a-gratitude-note-post-elimination-dreams-do-come-true-1279866',
    outlet: 'Pinkvilla',
    published: '2024-02-19',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-sagar-parekh-on-returning-to-anupamaa-wouldnt-mind-if-the-character-has-new-dimension-1279914',
    outlet: 'Pinkvilla',
    published: '2024-02-27',
  },
  {
    url: 'https://timesnowhindi.com/entertainment/television/anupama-character-barkha-kapadiya-urf-ashlesha-sawant-took-exit-from-the-show-said-they-dont-need-me-article-108809504',
    outlet: 'Times Now Hindi',
    published: '2024-03',
  },
  {
    url: 'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
    outlet: 'BollywoodLife',
    published: '2024-03',
  },
  {
    url: 'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
    outlet: 'Lokmat Times (IANS)',
    published: '2024-03-05',
  },
  {
    url: 'https://editorji.com/amp/hindi/entertainment-news/tv/ashlesha-sawant-aka-barkha-kapadia-will-no-longer-be-seen-in-anupamaa-said-my-track-is-over-now-1711546511472',
    outlet: 'Editorji',
    published: '2024-03-27',
  },
  {
    url: 'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-twist-will-yashdeep-exit-rupali-ganguly-gaurav-khanna-show-vaquar-shaikh-reveals-truth-maan-392685.html',
    outlet: 'Filmibeat',
    published: '2024-04-18',
  },
  {
    url: 'https://ndtv.com/entertainment/aashish-malhotra-quits-anupamaa-after-4-years-thank-you-for-hating-me-so-much-5624874',
    outlet: 'NDTV',
    published: '2024-05',
  },
  {
    url: 'https://ndtv.in/television/yrkkh-actor-gaurav-sharma-will-replace-aashish-mehrotra-as-toshu-in-anupamaa-5637712/amp/1',
    outlet: 'NDTV India',
    published: '2024-05',
  },
  {
    url: 'https://odishatv.in/news/entertainment/anupamaa-twist-and-more-anu-may-leave-america-after-shruti-s-taunt-toshu-quits-show-234622',
    outlet: 'OdishaTV',
    published: '2024-05',
  },
  {
    url: 'https://www.outlookindia.com/art-entertainment/television/paras-kalnawat-on-rumours-of-quitting-kundali-bhagya-rajveer-is-here-to-stay-in-your-hearts',
    outlet: 'Outlook India',
    published: '2024-05-07',
  },
  {
    url: 'https://www.republicworld.com/entertainment/television/anupamaa-actor-aashish-mehrotra-aka-toshu-quits-rupali-ganguly-starrer-show-after-4-years/?amp=1',
    outlet: 'Republic World',
    published: '2024-05-10',
  },
  {
    url: 'https://www.outlookindia.com/art-entertainment/television/gaurav-sharma-opens-up-about-playing-toshu-in-anupamaa-calls-the-opportunity-a-blessing',
    outlet: 'Outlook India',
    published: '2024-05-15',
  },
  {
    url: 'https://downtownmirror.in/from-vanraj-to-bapuji-commemorating-fathers-day-with-the-endearing-anupamaa-characters/',
    outlet: 'Downtown Mirror',
    published: '2024-06',
  },
  {
    url: 'https://terka.info/television/anupamaa-fame-sukirti-kandpal-quits-show-post-leap-says-it-was-a-short-and-sweet-journey-84913',
    outlet: 'Terka',
    published: '2024-07',
  },
  {
    url: 'https://tv9hindi.com/entertainment/television/anupama-shocking-update-sukirti-kandpal-to-quit-rupali-ganguly-show-2701316.html',
    outlet: 'TV9 Hindi',
    published: '2024-07-02',
  },
  {
    url: 'https://www.lokmattimes.com/entertainment/rohit-bakshi-reflects-on-casting-in-anupamaa-when-things-are-meant-to-happen-they-happen-very-quickly/',
    outlet: 'Lokmat Times (IANS)',
    published: '2024-07-13',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/anupamaas-sudhanshu-pandey-addresses-rumors-of-rupali-ganguly-being-responsible-for-his-exit-dont-think-its-fair-1344950',
    outlet: 'Pinkvilla',
    published: '2024-08',
  },
  {
    url: 'https://newsable.asianetnews.com/entertainment/rupali-ganguly-gaurav-khanna-to-quit-anupamaa-here-s-what-we-know-rba-siv99j',
    outlet: 'Asianet Newsable',
    published: '2024-08-27',
  },
  {
    url: 'https://www.mid-day.com/entertainment/television-news/article/sudhanshu-pandey-vanraj-quits-anupamaa-rupali-ganguly-gaurav-khanna-23382383',
    outlet: 'Mid-Day',
    published: '2024-08-28',
  },
  {
    url: 'https://www.bollywoodhungama.com/news/bollywood/sudhanshu-pandey-aka-vanraj-shah-shares-shocking-message-quits-anupama/',
    outlet: 'Bollywood Hungama',
    published: '2024-08-29',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-anupamaa-nidhi-shah-aka-kinjal-shares-her-first-reaction-on-sudhanshu-pandey-aka-vanrajs-exit-from-show-i-felt-it-was-1344056',
    outlet: 'Pinkvilla',
    published: '2024-08-29',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/anupamaas-sudhanshu-pandey-breaks-silence-on-reported-fallout-between-him-and-rajan-shahi-once-you-decide-to-move-on-1344404',
    outlet: 'Pinkvilla',
    published: '2024-08-30',
  },
  {
    url: 'https://www.ibtimes.co.in/sudhanshu-pandey-aka-vanraj-unfollows-rupali-ganguly-rajan-shahi-instagram-after-sudden-exit-871725',
    outlet: 'IBTimes India',
    published: '2024-08-31',
  },
  {
    url: 'https://ndtv.in/television/anupama-choti-anu-aka-aurra-bhatnagar-quits-anupamaa-after-15-year-leap-reports-6670093/amp/1',
    outlet: 'NDTV India',
    published: '2024-09',
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/anupama-aadhya-aka-aurra-bhatnagar-to-quit-show-know-why-after-leap-reports-says',
    outlet: 'Prabhat Khabar',
    published: '2024-09',
  },
  {
    url: 'https://tellyupdates.com/madalsa-sharma-exits-anupamaa-kavyas-departure-sparks-new-beginnings-for-the-star-and-the-show/amp',
    outlet: 'TellyUpdates',
    published: '2024-09',
  },
  {
    url: 'https://www.justshowbiz.net/madalsa-sharma-and-sudhanshu-pandeys-exit-will-affect-anupamas-rating/',
    outlet: 'JustShowbiz',
    published: '2024-09',
  },
  {
    url: 'https://www.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-singh-reveals-to-quit-the-show-after-15-years-leap-know-shocking-reason',
    outlet: 'Prabhat Khabar',
    published: '2024-09',
  },
  {
    url: 'https://www.freepressjournal.in/ampstories/photo-gallery/sudhanshu-pandey-to-madalsa-sharma-actors-who-quit-rupali-gangulys-show-anupamaa',
    outlet: 'Free Press Journal (web story)',
    published: '2024-09-16',
  },
  {
    url: 'https://www.freepressjournal.in/entertainment/madalsa-sharma-aka-kavya-quits-anupamaa-after-4-years-following-sudhanshu-pandeys-exit-no-spice-left',
    outlet: 'Free Press Journal',
    published: '2024-09-16',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/exclusive-did-madalsa-sharma-aka-kavya-quit-anupamaa-to-participate-in-bigg-boss-18-actress-reveals-1348195',
    outlet: 'Pinkvilla',
    published: '2024-09-16',
  },
  {
    url: 'https://www.freepressjournal.in/entertainment/madalsa-sharma-aka-kavya-announces-exit-from-rupali-gangulys-anupamaa-in-emotional-post-hum-phir-milenge-video',
    outlet: 'Free Press Journal',
    published: '2024-09-17',
  },
  {
    url: 'https://www.lokmattimes.com/entertainment/madalsa-sharma-aka-kavya-from-anupamaa-opens-up-about-leaving-the-show-and-her-bond-with-rajan-shahi-rupali-ganguly-a510/',
    outlet: 'Lokmat Times',
    published: '2024-09-19',
  },
  {
    url: 'https://fiction247.com/gaurav-sharmas-reason-for-quitting-the-hit-show-anupamaa/',
    outlet: 'Fiction247',
    published: '2024-10',
  },
  {
    url: 'https://filmykhabri.in/?p=60',
    outlet: 'FilmyKhabri',
    published: '2024-10',
  },
  {
    url: 'https://naradnews.com/अनुपमा-के-कुँवर-अमर-ने-रूप',
    outlet: 'Narad News',
    published: '2024-10',
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
    outlet: 'Prabhat Khabar',
    published: '2024-10',
  },
  {
    url: 'https://presskeeda.com/farewell-to-anupama-aura-bhatnagar-shares-her-feelings',
    outlet: 'PressKeeda',
    published: '2024-10',
  },
  {
    url: 'https://tazakhabar.co.in/299592',
    outlet: 'Taza Khabar',
    published: '2024-10',
  },
  {
    url: 'https://www.jansatta.com/entertainment/anupamaa-leap-promo-watch-shah-family-out-from-asha-bhavan-news-stars-enter-in-show-see-fans-reaction/3618638',
    outlet: 'Jansatta',
    published: '2024-10',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/anupamaas-nidhi-shah-aka-kinju-baby-says-goodbye-to-rupali-ganguly-led-show-pens-emotional-note-its-difficult-to-move-on-1352920',
    outlet: 'Pinkvilla',
    published: '2024-10',
  },
  {
    url: 'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
    outlet: 'Pratidin Time',
    published: '2024-10',
  },
  {
    url: 'https://www.freepressjournal.in/entertainment/will-end-up-being-stuck-in-that-age-bracket-gaurav-sharma-on-quitting-anupamaa-not-playing-father-of-21-year-old-onscreen',
    outlet: 'Free Press Journal',
    published: '2024-10-06',
  },
  {
    url: 'https://www.newsbytesapp.com/news/entertainment/gaurav-sharma-confirms-quitting-anupamaa/story',
    outlet: 'NewsBytes',
    published: '2024-10-06',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/will-shivangi-joshi-be-a-part-of-anupamaa-actress-breaks-silence-1352428',
    outlet: 'Pinkvilla',
    published: '2024-10-07',
  },
  {
    url: 'https://www.ndtv.com/entertainment/muskan-bamne-on-why-rupali-ganguly-is-blamed-for-actors-exit-from-show-she-was-always-very-6743962',
    outlet: 'NDTV',
    published: '2024-10-08',
  },
  {
    url: 'https://www.newsbytesapp.com/news/entertainment/anupamaa-chandni-bhagwanani-aka-pakhi-quits-show/story',
    outlet: 'NewsBytes',
    published: '2024-10-10',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/anupamaa-chandni-bhagwanani-who-replaced-muskan-bamne-as-pakhi-quits-show-says-i-didnt-want-to-1353032',
    outlet: 'Pinkvilla',
    published: '2024-10-10',
  },
  {
    url: 'https://www.jagran.com/entertainment/tv-anupamaa-kinjal-nidhi-shah-leave-the-show-before-15-years-leap-in-rupali-ganguly-anupama-show-23815666.html',
    outlet: 'Jagran',
    published: '2024-10-14',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/nishi-saxena-aka-dimpy-announces-exit-from-anupamaa-pens-emotional-note-about-her-first-big-break-felt-like-a-dream-come-true-1353371',
    outlet: 'Pinkvilla',
    published: '2024-10-14',
  },
  {
    url: 'https://tv9hindi.com/entertainment/television/anupama-rupali-ganguly-post-vanraj-sudhanshu-pandey-kavya-madalasa-sharma-one-more-actress-quit-the-show-2887926.html',
    outlet: 'TV9 Hindi',
    published: '2024-10-15',
  },
  {
    url: 'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
    outlet: 'Lokmat Times (IANS)',
    published: '2024-10-23',
  },
  {
    url: 'https://stage.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-reacts-on-quitting-show-and-rajan-shahi-reaction-says-mai-gaya-unke-pass-or/amp',
    outlet: 'Prabhat Khabar',
    published: '2024-10-25',
  },
  {
    url: 'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    outlet: 'Bhilwara Halchal',
    published: '2024-11',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/after-shraddha-arya-paras-kalnawat-announces-his-exit-from-kundali-bhagya-hints-at-something-exciting-ahead-1359056',
    outlet: 'Pinkvilla',
    published: '2024-11',
  },
  {
    url: 'https://viralchai.live/?p=2088',
    outlet: 'ViralChai',
    published: '2024-12',
  },
  {
    url: 'https://www.dnaindia.com/television/report-gaurav-khanna-aka-anuj-kapadia-confirms-exit-from-anupamaa-addresses-rift-rumours-with-rupali-ganguly-i-don-t-3120697',
    outlet: 'DNA India',
    published: '2024-12',
  },
  {
    url: 'https://www.koimoi.com/television/anupamaa-raahi-alisha-parveen-removed-from-the-show-overnight-expresses-frustration-after-kinjal-samar-took-supposed-digs-at-rupali-ganguly/',
    outlet: 'Koimoi',
    published: '2024-12',
  },
  {
    url: 'https://www.latestly.com/entertainment/tv/for-now-anujs-chapter-is-closed-anupamaa-star-gaurav-khanna-aka-anuj-kapadia-quits-rupali-gangulys-show-hints-at-future-plans-6463973.html',
    outlet: 'LatestLY',
    published: '2024-12-03',
  },
  {
    url: 'https://www.mid-day.com/entertainment/television-news/article/gaurav-khanna-quits-anupamaa-reacts-to-rumours-of-rift-with-rupali-ganguly-23439744',
    outlet: 'Mid-Day',
    published: '2024-12-03',
  },
  {
    url: 'https://zeenews.india.com/television/anupamaa-gaurav-khanna-confirms-his-exit-from-the-show-says-anuj-s-chapter-is-closed-2827398.html',
    outlet: 'Zee News',
    published: '2024-12-03',
  },
  {
    url: 'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-maahi-rigs-the-game-meant-to-pick-ram-sita-desires-to-be-paired-with-prem/2024/12/09',
    outlet: 'IWMBuzz',
    published: '2024-12-09',
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/anupama-alisha-praveen-aka-rahi-exit-from-rupali-ganguly-show-in-2-months-says-i-am-quitting/amp',
    outlet: 'Prabhat Khabar',
    published: '2024-12-21',
  },
  {
    url: 'https://www.latestly.com/entertainment/tv/anupamaa-alisha-parveen-shares-frustration-over-sudden-exit-from-rupali-gangulys-show-says-dont-know-why-this-happened-6507621.html',
    outlet: 'LatestLY',
    published: '2024-12-21',
  },
  {
    url: 'https://gujaratimidday.com/entertainment-news/television-news/article/anupama-updates-adrija-roy-replaces-alisha-parveen-as-aadhya-233637',
    outlet: 'Gujarati Mid-day',
    published: '2024-12-23',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/maybe-yes-alisha-parveen-aka-raahi-addresses-rumors-about-rupali-ganguly-being-reason-behind-her-exit-from-anupamaa-1363946',
    outlet: 'Pinkvilla',
    published: '2024-12-23',
  },
  {
    url: 'https://www.republicworld.com/entertainment/television/new-raahi-in-anupamaa-adrija-roy-opens-up-on-replacing-alisha-parveen-in-rupali-ganguly-starrer-i-definitely-knew',
    outlet: 'Republic World',
    published: '2024-12-23',
  },
  {
    url: 'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
    outlet: 'Zee News',
    published: '2024-12-23',
  },
  {
    url: 'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
    outlet: 'eFlip',
    published: '2025',
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/anupama-rahil-azam-breaks-silence-on-entry-in-serial-says-its-different-and-powerful-role',
    outlet: 'Prabhat Khabar',
    published: '2025',
  },
  {
    url: 'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
    outlet: 'Prabhat Khabar',
    published: '2025',
  },
  {
    url: 'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut',
    outlet: 'Prabhat Khabar',
    published: '2025',
  },
  {
    url: 'https://theindiadaily.com/entertainment/tv-actor-manish-goel-is-set-to-join-rupali-ganguly-show-anupamaa-know-here-serial-upcoming-twist-news-68893',
    outlet: 'The India Daily',
    published: '2025',
  },
  {
    url: 'https://trends.glance.com/story/articles/Entertainment/IN/en/timesnow/s-ea39cfe21f-7bb35bed-9f7d-55ed-8c70-219a44538e18',
    outlet: 'Glance / Times Now',
    published: '2025',
  },
  {
    url: 'https://www.filmibeat.com/television/news/2025/5-years-of-anupamaa-rupali-ganguly-feels-overwhelmed-on-her-shows-anniversary-it-was-not-my-want-476969.html',
    outlet: 'Filmibeat',
    published: '2025',
  },
  {
    url: 'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
    outlet: 'Prabhat Khabar',
    published: '2025',
  },
  {
    url: 'https://www.timesnowhindi.com/videos/entertainment-videos/anupamaa-manish-naggdev-reacts-on-rumours-of-quitting-show-video-151687032',
    outlet: 'Times Now Hindi',
    published: '2025',
  },
  {
    url: 'http://feed.ilidea.com/index.php/Index/details.html?id=8347151',
    outlet: 'ilidea feed',
    published: '2025-01',
  },
  {
    url: 'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
    outlet: 'Bharat Halchal',
    published: '2025-01',
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/fact-check-rupali-ganguly-not-quitting-anupama-makers-planned-publicity-stunt-for-this-reason-know-truth',
    outlet: 'Prabhat Khabar',
    published: '2025-01',
  },
  {
    url: 'https://www.jagran.com/web-stories/two-new-actors-entered-rupali-ganguly-tv-serial-anupamaa-120782.html',
    outlet: 'Jagran (web story)',
    published: '2025-01',
  },
  {
    url: 'https://aajtak.in/visualstories/entertainment/rupali-ganguly-to-quit-anupamaa-after-15-year-leap-show-will-see-drastic-changes-new-lead-characters-tmovk-199652-03-01-2025',
    outlet: 'Aaj Tak (visual story)',
    published: '2025-01-03',
  },
  {
    url: 'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-anupamaa-chooses-raahi-over-maahi-for-prem-maahi-gets-hysterical/2025/01/07',
    outlet: 'IWMBuzz',
    published: '2025-01-07',
  },
  {
    url: 'https://www.prabhasakshi.com/amp/news/anupamaa-rahil-azam-tells-why-it-is-ironic-to-be-a-part-of-rupali-ganguly-show',
    outlet: 'Prabhasakshi',
    published: '2025-01-14',
  },
  {
    url: 'https://www.pinkvilla.com/tv/news/did-gaurav-khanna-quit-anupamaa-due-to-alleged-tiff-with-rupali-ganguly-exclusive-video-1383384',
    outlet: 'Pinkvilla',
    published: '2025-04-19',
  },
  {
    url: 'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
    outlet: 'Prabhat Khabar',
    published: '2025-05-31',
  },
  {
    url: 'https://www.htsyndication.com/hindustan-delhi/article/%E0%A4%B8%E0%A5%80%E0%A4%B0%E0%A4%BF%E0%A4%AF%E0%A4%B2-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%9C-%E0%A4%95%E0%A5%80-%E0%A4%B5%E0%A4%BE%E0%A4%AA%E0%A4%B8%E0%A5%80-%E0%A4%AA%E0%A4%B0-%E0%A4%B0%E0%A4%BE%E0%A4%87%E0%A4%9F%E0%A4%B0-%E0%A4%A8%E0%A5%87-%E0%A4%A6%E0%A4%BF%E0%A4%AF%E0%A4%BE-%E0%A4%B0%E0%A4%BF%E0%A4%8F%E0%A4%95%E0%A5%8D%E0%A4%B6%E0%A4%A8%2C-%E0%A4%91%E0%A4%A1%E0%A4%BF%E0%A4%AF%E0%A4%82%E0%A4%B8-%E0%A4%B8%E0%A5%87-%E0%A4%87%E0%A4%B8%E0%A4%B2%E0%A4%BF%E0%A4%8F-%E0%A4%AE%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%80-%E0%A4%AE%E0%A4%BE%E0%A4%AB%E0%A5%80/91325287',
    outlet: 'HT Syndication (Hindustan)',
    published: '2025-07-02',
  },
  {
    url: 'https://stage.prabhatkhabar.com/entertainment/anupama-writer-reacts-on-anuj-kapadia-aka-gaurav-khanna-re-entry-in-show-says-mai-avi-koi-comment/amp',
    outlet: 'Prabhat Khabar',
    published: '2025-07-03',
  },
  {
    url: 'https://ianslive.in/shivam-khajuria-shares-anecdote-from-lunch-breaks-on-anupamaa--20250813230319',
    outlet: 'IANS',
    published: '2025-08-13',
  },
  {
    url: 'https://www.punjabkesari.in/entertainment/news/rupali-ganguly-emotional-reaction-5-years-of-anupama-2204809',
    outlet: 'Punjab Kesari',
    published: '2025-08-30',
  },
  {
    url: 'https://chipkumedia.com/?p=8836',
    outlet: 'Chipku Media',
    published: '2025-10',
  },
  {
    url: 'https://www.prabhatkhabar.com/entertainment/anupama-new-entry-new-ishaani-aka-akshita-vatsayan-on-joining-show-says-its-an-emotion',
    outlet: 'Prabhat Khabar',
    published: '2025-10',
  },
  {
    url: 'https://www.prajasatta.in/entertainment/anupamaa-will-see-a-painful-twist-of-betrayal-ishita-dixit-reveals-the-latest-update',
    outlet: 'Praja Satta',
    published: '2025-10',
  },
  {
    url: 'https://www.abplive.com/entertainment/television/anupama-fame-ishani-aka-vidushi-tiwari-exit-from-rupali-ganguly-show-3025511',
    outlet: 'ABP Live',
    published: '2025-10-08',
  },
  {
    url: 'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
    outlet: 'Prabhat Khabar',
    published: '2025-10-09',
  },
  {
    url: 'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
    outlet: 'Dharamnirpeksh Rajya (IANS)',
    published: '2025-10-27',
  },
  {
    url: 'https://zeenews.india.com/hindi/entertainment/television/anupamaa-tv-show-leap-sachin-entry-in-show-rupali-ganguly-break-silence-chahe-jo-bhi-ho-jaye/3138272',
    outlet: 'Zee News Hindi',
    published: '2026-03',
  },
  {
    url: 'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
    outlet: 'Navarashtra',
    published: '2026-03-07',
  },
  {
    url: 'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
    outlet: 'ABP Live',
    published: '2026-03-08',
  },
  {
    url: 'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
    outlet: 'BollywoodLife Hindi',
    published: '2026-03-08',
  },
  {
    url: 'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    outlet: 'Live Hindustan',
    published: '2026-03-13',
  },
  {
    url: 'https://blamglam.com/anupama',
    outlet: 'BlamGlam',
    published: null,
  },
  {
    url: 'https://jaigoludevta.in/archives/41',
    outlet: 'Jai Golu Devta',
    published: null,
  },
  {
    url: 'https://khaskhabarrajkot.com/in-the-hindi-serial-fir-shekhar-shukla-played-as-many-as-650-different-characters',
    outlet: 'Khas-Khabar Rajkot',
    published: null,
  },
  {
    url: 'https://prabhatkhabar.com/entertainment/anupama-father-in-law-bapuji-aka-arvind-vaidya-quit-rupali-ganguly-show-says-agar-mujhe-agle-kuch-dino-mai-shocking-reason-slt?src=android',
    outlet: 'Prabhat Khabar',
    published: null,
  },
  {
    url: 'https://subkuz.com/news/hindi/details/anupma-kee-mahee-yanee-spha-chtrjee-riyl-laiph-men-dikhtee-aur-bhee-glaimrs-dekhen-unkee-khoobsoort-tsveeren/100776',
    outlet: 'Subkuz',
    published: null,
  },
  {
    url: 'https://www.tellychakkar.com/tv/tv-news/shocking-paras-kalnawat-says-80-of-the-cast-of-anupama-would-leave-if-they-got-the-chance',
    outlet: 'TellyChakkar',
    published: null,
  },
  {
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-paras-kalnawat-pens-note-he-exits-show-says-it-was-nothing-less-nightmare-1168322',
    outlet: 'Pinkvilla',
    published: '2022-07-27',
  },
];
